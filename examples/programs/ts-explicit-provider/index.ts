import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const eu = new aws.Provider("eu", { region: "eu-central-1" });
const azs = aws.getAvailabilityZonesOutput({}, { provider: eu });
new aws.s3.Bucket("site", { acl: "public-read", tags: { az: azs.names[0] } }, { provider: eu });
