/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS Pulumi program used as test data */
"use strict";
const aws = require("@pulumi/aws");

new aws.s3.Bucket("before-the-error", { acl: "private" });

const name = process.env.RAMPART_TEST_BUCKET_NAME;
if (!name) {
  throw new Error("bucket name is required\n    at a stack frame that must not be shown");
}
