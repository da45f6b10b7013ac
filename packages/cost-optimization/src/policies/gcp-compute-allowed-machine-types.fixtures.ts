import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const I = "gcp:compute/instance:Instance";
const vm = (machineType: unknown, extra: Record<string, unknown> = {}) => ({
  type: I,
  props: { zone: "europe-west1-b", machineType, bootDisk: { initializeParams: { image: "debian-12" } }, ...extra },
});

export default fixtures([
  { name: "e2-medium", expect: "pass", resource: vm("e2-medium") },
  { name: "n2-standard-8 at the non-production cap", expect: "pass", resource: vm("n2-standard-8") },
  { name: "machine type as a URL", expect: "pass", resource: vm("zones/europe-west1-b/machineTypes/e2-standard-4") },
  ...inAndOutsideProduction("n2-standard-32", vm("n2-standard-32"), "non-production cap nonProductionMaxVcpus = 8"),
  { name: "custom type above the cap", expect: "violate", message: "nonProductionMaxVcpus", resource: vm("n2-custom-16-65536") },
  { name: "accelerator-optimized type", expect: "violate", message: 'blockedMachineTypes pattern "a2-*"', resource: vm("a2-highgpu-1g") },
  {
    name: "attached GPU",
    expect: "violate",
    message: "guestAccelerators attaches 1 GPU type(s)",
    resource: vm("n1-standard-4", { guestAccelerators: [{ type: "nvidia-tesla-t4", count: 1 }] }),
  },
  {
    name: "GPU allowed by config",
    expect: "pass",
    config: { allowGuestAccelerators: true },
    resource: vm("n1-standard-4", { guestAccelerators: [{ type: "nvidia-tesla-t4", count: 1 }] }),
  },
  {
    name: "configured allow-list",
    expect: "violate",
    message: "is not in allowedMachineTypes",
    config: { allowedMachineTypes: ["e2-*"] },
    resource: vm("n2-standard-2"),
  },
  { name: "machine type unknown", expect: "unknown", resource: vm(unknown()) },
  { name: "accelerator entry with count 0", expect: "pass", resource: vm("n1-standard-4", { guestAccelerators: [{ type: "nvidia-tesla-t4", count: 0 }] }) },
  { name: "accelerator count unknown", expect: "unknown", resource: vm("e2-medium", { guestAccelerators: [{ type: "nvidia-tesla-t4", count: unknown() }] }) },
  { name: "accelerators unknown", expect: "unknown", resource: vm("e2-medium", { guestAccelerators: unknown() }) },
]);
