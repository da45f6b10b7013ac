import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const table = "orders";
const fn = new aws.lambda.CallbackFunction("handler", { callback: async (ev: unknown) => ({ statusCode: 200, body: JSON.stringify({ table, ev }) }) });
new aws.s3.Bucket("site", { acl: "public-read" });
export const fnName = fn.name;
