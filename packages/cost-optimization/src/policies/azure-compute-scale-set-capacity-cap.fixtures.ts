import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const SS = "azure-native:compute:VirtualMachineScaleSet";
const ss = (capacity: unknown) => ({ type: SS, props: { resourceGroupName: "rg", sku: { name: "Standard_B2s", capacity } } });

export default fixtures([
  { name: "two instances", expect: "pass", resource: ss(2) },
  ...inAndOutsideProduction("ten instances", ss(10), "sku.capacity is 10, above the non-production cap nonProductionMaxInstances = 4"),
  { name: "configured cap", expect: "violate", message: "nonProductionMaxInstances = 1", config: { nonProductionMaxInstances: 1 }, resource: ss(2) },
  { name: "capacity unknown", expect: "unknown", resource: ss(unknown()) },
]);
