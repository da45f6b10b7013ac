import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
export = async () => {
  const azs = await aws.getAvailabilityZones();
  const b = new aws.s3.Bucket("site", { acl: "public-read", tags: { az: azs.names[0] } });
  return { bucket: b.id };
};
