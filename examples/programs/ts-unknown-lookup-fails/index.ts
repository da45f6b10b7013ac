import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const i = aws.ec2.getInstance({ instanceId: "i-0123" });
export const ip = i.then((x) => x.tags["Name"].toUpperCase());
