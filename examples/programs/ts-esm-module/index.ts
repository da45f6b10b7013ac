import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import semver from "semver";
if (!semver.valid("1.2.3")) throw new Error("semver default import broken");
new aws.s3.Bucket("site", { acl: "public-read" });
