import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
class Vpc extends pulumi.ComponentResource {
  constructor(name: string, args: Record<string, unknown>, opts?: pulumi.ComponentResourceOptions) {
    super("awsx:ec2:Vpc", name, args, opts, true);
  }
}
new Vpc("vpc", { cidrBlock: "10.0.0.0/16" });
new aws.s3.Bucket("site", { acl: "public-read" });
