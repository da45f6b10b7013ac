import { fixtures, unknown } from "@rampart/policy-testing";

const V = "aws:ebs/volume:Volume";

export default fixtures([
  { name: "gp3 baseline", expect: "pass", resource: { type: V, props: { availabilityZone: "us-east-1a", type: "gp3", iops: 3000, throughput: 125 } } },
  {
    name: "io2 16000 IOPS in production",
    expect: "pass",
    config: { productionStackPattern: "^dev$" },
    resource: { type: V, props: { availabilityZone: "us-east-1a", type: "io2", iops: 16000 } },
  },
  {
    name: "io2 10000 IOPS outside production",
    expect: "violate",
    message: "iops is 10000 IOPS, above the non-production cap nonProductionMaxIops = 3000",
    resource: { type: V, props: { availabilityZone: "us-east-1a", type: "io2", iops: 10000 } },
  },
  {
    name: "gp3 throughput 500 outside production",
    expect: "violate",
    message: "nonProductionMaxThroughput = 125",
    resource: { type: V, props: { availabilityZone: "us-east-1a", type: "gp3", throughput: 500 } },
  },
  {
    name: "configured higher cap",
    expect: "pass",
    config: { nonProductionMaxIops: 12000 },
    resource: { type: V, props: { availabilityZone: "us-east-1a", type: "io2", iops: 10000 } },
  },
  { name: "iops unknown", expect: "unknown", resource: { type: V, props: { availabilityZone: "us-east-1a", type: "io2", iops: unknown() } } },
]);
