import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const uploads = new aws.s3.Bucket("site", { acl: "public-read" });
uploads.onObjectCreated("thumbnail", async (e) => { console.log(e.Records?.length); });
