import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";

export default fixtures([
  {
    name: "20 GiB with autoscaling to 100",
    expect: "pass",
    resource: { type: I, props: { instanceClass: "db.t4g.micro", allocatedStorage: 20, maxAllocatedStorage: 100 } },
  },
  { name: "1 TB in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: { type: I, props: { allocatedStorage: 1000 } } },
  {
    name: "500 GiB outside production",
    expect: "violate",
    message: "allocatedStorage is 500 GiB, above the non-production cap nonProductionMaxStorageGib = 100",
    resource: { type: I, props: { allocatedStorage: 500 } },
  },
  {
    name: "autoscaling ceiling too high",
    expect: "violate",
    message: "maxAllocatedStorage is 1000 GiB",
    resource: { type: I, props: { allocatedStorage: 20, maxAllocatedStorage: 1000 } },
  },
  {
    name: "configured cap",
    expect: "violate",
    message: "nonProductionMaxStorageGib = 10",
    config: { nonProductionMaxStorageGib: 10 },
    resource: { type: I, props: { allocatedStorage: 20 } },
  },
  { name: "storage unknown", expect: "unknown", resource: { type: I, props: { allocatedStorage: unknown() } } },
]);
