import { fixtures, unknown } from "@rampart/policy-testing";
import { REGION_INSTANCE_TEMPLATE } from "../lib/compute";
import { instance, instanceTemplate } from "../lib/compute.fixtures-kit";

export default fixtures([
  {
    name: "dedicated service account",
    expect: "pass",
    resource: instance({ serviceAccount: { email: "app@prod-123.iam.gserviceaccount.com", scopes: ["cloud-platform"] } }),
  },
  { name: "no service account at all", expect: "pass", resource: instance() },
  {
    name: "dedicated account unknown during preview counts as custom only when known",
    expect: "unknown",
    resource: instance({ serviceAccount: { email: unknown(), scopes: ["cloud-platform"] } }),
  },
  {
    name: "default compute service account by email",
    expect: "violate",
    message: "serviceAccount.email is the Compute Engine default service account",
    resource: instance({ serviceAccount: { email: "123456789012-compute@developer.gserviceaccount.com", scopes: ["cloud-platform"] } }),
  },
  {
    name: "template with serviceAccount but no email",
    expect: "violate",
    message: "this instance template",
    resource: instanceTemplate({ serviceAccount: { scopes: ["logging-write"] } }),
  },
  {
    name: "regional template with the default account",
    expect: "violate",
    message: "default",
    resource: instanceTemplate({ region: "europe-west1", serviceAccount: { email: "default", scopes: ["cloud-platform"] } }, REGION_INSTANCE_TEMPLATE),
  },
  { name: "a disk is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/disk:Disk", props: { zone: "europe-west1-b", size: 10 } } },
]);
