import { fixtures, unknown } from "@rampart/policy-testing";

const SS = "azure-native:compute:VirtualMachineScaleSet";
const ss = (name: unknown) => ({ type: SS, props: { resourceGroupName: "rg", sku: { name, capacity: 2 } } });

export default fixtures([
  { name: "Standard_D2as_v5", expect: "pass", resource: ss("Standard_D2as_v5") },
  { name: "Flexible scale set without sku", expect: "pass", resource: { type: SS, props: { resourceGroupName: "rg", orchestrationMode: "Flexible" } } },
  { name: "Standard_E16s_v5 outside production", expect: "violate", message: "nonProductionMaxVcpus", resource: ss("Standard_E16s_v5") },
  { name: "GPU size", expect: "violate", message: "blockedVmSizes", resource: ss("Standard_ND96asr_v4") },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxVcpus: 16 }, resource: ss("Standard_E16s_v5") },
  { name: "size unknown", expect: "unknown", resource: ss(unknown()) },
]);
