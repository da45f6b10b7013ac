import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const bucket = new aws.s3.Bucket("site", { acl: "public-read" });
export const bucketName = bucket.id;
