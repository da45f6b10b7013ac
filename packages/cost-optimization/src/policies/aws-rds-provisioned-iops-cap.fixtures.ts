import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const I = "aws:rds/instance:Instance";

export default fixtures([
  { name: "no provisioned IOPS", expect: "pass", resource: { type: I, props: { allocatedStorage: 20, storageType: "gp3" } } },
  ...inAndOutsideProduction(
    "12000 IOPS",
    { type: I, props: { storageType: "io2", iops: 12000 } },
    "iops is 12000, above the non-production cap nonProductionMaxIops = 3000",
  ),
  { name: "configured cap", expect: "pass", config: { nonProductionMaxIops: 15000 }, resource: { type: I, props: { storageType: "io2", iops: 12000 } } },
  { name: "iops unknown", expect: "unknown", resource: { type: I, props: { storageType: "io2", iops: unknown() } } },
]);
