import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:compute/instance:Instance";
const vm = (machineType: unknown, extra: Record<string, unknown> = {}) => ({ type: I, props: { zone: "europe-west1-b", machineType, bootDisk: {}, ...extra } });

export default fixtures([
  { name: "e2-standard-2", expect: "pass", resource: vm("e2-standard-2") },
  { name: "n1 with a GPU that needs it", expect: "pass", resource: vm("n1-standard-4", { guestAccelerators: [{ type: "nvidia-tesla-t4", count: 1 }] }) },
  { name: "n1-standard-4", expect: "violate", message: "previous-generation series (n1). Use n2d or e2", resource: vm("n1-standard-4") },
  {
    name: "f1-micro template",
    expect: "violate",
    message: "(f1)",
    resource: { type: "gcp:compute/instanceTemplate:InstanceTemplate", props: { machineType: "f1-micro", disks: [] } },
  },
  { name: "configured map", expect: "violate", message: "(n2)", config: { previousGenerations: { n2: "n4" } }, resource: vm("n2-standard-2") },
  { name: "machine type unknown", expect: "unknown", resource: vm(unknown()) },
]);
