import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
class Site extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("acme:web:Site", name, {}, opts);
    new aws.s3.Bucket("site", { acl: "public-read" }, { parent: this });
    this.registerOutputs({});
  }
}
new Site("www");
