import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const VM = "azure-native:compute:VirtualMachine";
const vm = (vmSize: unknown) => ({ type: VM, props: { resourceGroupName: "rg", hardwareProfile: { vmSize } } });

export default fixtures([
  { name: "Standard_B2s", expect: "pass", resource: vm("Standard_B2s") },
  { name: "Standard_D8s_v5 at the non-production cap", expect: "pass", resource: vm("Standard_D8s_v5") },
  ...inAndOutsideProduction("Standard_D32s_v5", vm("Standard_D32s_v5"), "non-production cap nonProductionMaxVcpus = 8"),
  { name: "GPU size", expect: "violate", message: 'blockedVmSizes pattern "Standard_N*"', resource: vm("Standard_NC6s_v3") },
  { name: "M series", expect: "violate", message: "Standard_M*", config: { productionStackPattern: "^dev$" }, resource: vm("Standard_M64s") },
  { name: "GPU allowed explicitly", expect: "pass", config: { allowedVmSizes: ["Standard_NC6s_v3", "Standard_B*"] }, resource: vm("Standard_NC6s_v3") },
  {
    name: "configured allow-list",
    expect: "violate",
    message: "is not in allowedVmSizes",
    config: { allowedVmSizes: ["Standard_B*"] },
    resource: vm("Standard_D2s_v5"),
  },
  { name: "vm size unknown", expect: "unknown", resource: vm(unknown()) },
]);
