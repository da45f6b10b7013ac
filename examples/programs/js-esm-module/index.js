import * as aws from "@pulumi/aws";
new aws.s3.Bucket("site", { acl: "public-read" });
