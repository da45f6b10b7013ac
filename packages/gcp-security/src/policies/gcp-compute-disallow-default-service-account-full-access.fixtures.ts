import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:compute/instance:Instance";
const T = "gcp:compute/instanceTemplate:InstanceTemplate";
const base = {
  machineType: "e2-medium",
  zone: "europe-west1-b",
  bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
  networkInterfaces: [{ subnetwork: "app" }],
};

export default fixtures([
  {
    name: "dedicated account with cloud-platform",
    expect: "pass",
    resource: { type: I, props: { ...base, serviceAccount: { email: "app@prod-123.iam.gserviceaccount.com", scopes: ["cloud-platform"] } } },
  },
  {
    name: "default account with narrow scopes",
    expect: "pass",
    resource: { type: I, props: { ...base, serviceAccount: { scopes: ["logging-write", "monitoring-write"] } } },
  },
  { name: "no service account", expect: "pass", resource: { type: I, props: base } },
  {
    name: "default account with full access",
    expect: "violate",
    message: "serviceAccount.scopes.0 is the cloud-platform scope",
    resource: {
      type: I,
      props: {
        ...base,
        serviceAccount: { email: "123456789012-compute@developer.gserviceaccount.com", scopes: ["https://www.googleapis.com/auth/cloud-platform"] },
      },
    },
  },
  {
    name: "template, email omitted, cloud-platform alias",
    expect: "violate",
    message: "serviceAccount.scopes.1",
    resource: {
      type: T,
      props: { machineType: "e2-small", disks: [{ sourceImage: "debian-cloud/debian-12" }], serviceAccount: { scopes: ["logging-write", "cloud-platform"] } },
    },
  },
  { name: "scopes unknown during preview", expect: "unknown", resource: { type: I, props: { ...base, serviceAccount: { scopes: unknown() } } } },
  { name: "a firewall is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/firewall:Firewall", props: { network: "vpc" } } },
]);
