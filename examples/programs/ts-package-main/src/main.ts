import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
new aws.s3.Bucket("site", { acl: "public-read" });
