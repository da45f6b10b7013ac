import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

/** Arguments of a StaticSite. */
export interface StaticSiteArgs {
  /** Whether the site's bucket is readable by everyone (through its ACL). */
  publicRead: boolean;
}

/**
 * A component resource: a site bucket and its public access block, created as children so their
 * URNs are qualified by `rampart:examples:StaticSite`.
 */
export class StaticSite extends pulumi.ComponentResource {
  readonly bucket: aws.s3.Bucket;

  constructor(name: string, args: StaticSiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:examples:StaticSite", name, {}, opts);
    this.bucket = new aws.s3.Bucket(`${name}-content`, { acl: args.publicRead ? "public-read" : "private" }, { parent: this });
    if (!args.publicRead) {
      new aws.s3.BucketPublicAccessBlock(
        `${name}-content`,
        { bucket: this.bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
        { parent: this },
      );
    }
    this.registerOutputs({ bucketName: this.bucket.bucket });
  }
}
