import { fixtures, unknown } from "@rampart/policy-testing";

const V = "aws:ebs/volume:Volume";

export default fixtures([
  { name: "io2 volume", expect: "pass", resource: { type: V, props: { availabilityZone: "us-east-1a", size: 100, type: "io2", iops: 5000 } } },
  {
    name: "io1 volume",
    expect: "violate",
    message: 'type is "io1"',
    resource: { type: V, props: { availabilityZone: "us-east-1a", size: 100, type: "io1", iops: 5000 } },
  },
  {
    name: "instance root io1",
    expect: "violate",
    message: "rootBlockDevice.volumeType",
    resource: { type: "aws:ec2/instance:Instance", props: { rootBlockDevice: { volumeType: "io1", iops: 4000 } } },
  },
  { name: "volume type unknown", expect: "unknown", resource: { type: V, props: { availabilityZone: "us-east-1a", type: unknown() } } },
  { name: "another type", expect: "not-applicable", resource: { type: "aws:s3/bucket:Bucket", props: {} } },
]);
