import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
aws.s3.Bucket.get("legacy", "legacy-public-bucket");
new aws.s3.Bucket("private", { acl: "private" });
new aws.ec2.SecurityGroup("rdp", { ingress: [{ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }] });
