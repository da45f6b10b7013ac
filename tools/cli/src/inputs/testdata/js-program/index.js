/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS Pulumi program used as test data */
"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");

const config = new pulumi.Config();
const bucket = new aws.s3.Bucket("js-bucket", { acl: config.getBoolean("public") ? "public-read" : "private" });
exports.bucketName = bucket.bucket;
