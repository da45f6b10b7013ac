import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";

export default fixtures([
  { name: "gp3", expect: "pass", resource: { type: I, props: { allocatedStorage: 20, storageType: "gp3" } } },
  { name: "read replica without storage type", expect: "pass", resource: { type: I, props: { allocatedStorage: 20, replicateSourceDb: "db-1" } } },
  { name: "gp2", expect: "violate", message: 'storageType is "gp2"', resource: { type: I, props: { allocatedStorage: 20, storageType: "gp2" } } },
  { name: "io1", expect: "violate", message: 'storageType is "io1"', resource: { type: I, props: { allocatedStorage: 100, storageType: "io1", iops: 3000 } } },
  { name: "default storage type", expect: "violate", message: "storageType is not set", resource: { type: I, props: { allocatedStorage: 20 } } },
  // Fuzz find: an unknown allocatedStorage may resolve to nothing (no storage to type): preview advisory only.
  { name: "default storage type, allocated storage unknown", expect: "unknown", resource: { type: I, props: { allocatedStorage: unknown() } } },
  { name: "storage type unknown", expect: "unknown", resource: { type: I, props: { allocatedStorage: 20, storageType: unknown() } } },
]);
