import { fixtures, unknown } from "@rampart/policy-testing";
import { instance, instanceTemplate } from "../lib/compute.fixtures-kit";

export default fixtures([
  {
    name: "dedicated account with cloud-platform",
    expect: "pass",
    resource: instance({ serviceAccount: { email: "app@prod-123.iam.gserviceaccount.com", scopes: ["cloud-platform"] } }),
  },
  {
    name: "default account with narrow scopes",
    expect: "pass",
    resource: instance({ serviceAccount: { scopes: ["logging-write", "monitoring-write"] } }),
  },
  { name: "no service account", expect: "pass", resource: instance() },
  {
    name: "default account with full access",
    expect: "violate",
    message: "serviceAccount.scopes.0 is the cloud-platform scope",
    resource: instance({
      serviceAccount: { email: "123456789012-compute@developer.gserviceaccount.com", scopes: ["https://www.googleapis.com/auth/cloud-platform"] },
    }),
  },
  {
    name: "template, email omitted, cloud-platform alias",
    expect: "violate",
    message: "serviceAccount.scopes.1",
    resource: instanceTemplate({ serviceAccount: { scopes: ["logging-write", "cloud-platform"] } }),
  },
  { name: "scopes unknown during preview", expect: "unknown", resource: instance({ serviceAccount: { scopes: unknown() } }) },
  { name: "a firewall is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/firewall:Firewall", props: { network: "vpc" } } },
]);
