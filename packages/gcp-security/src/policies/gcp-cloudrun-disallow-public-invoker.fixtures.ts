import { fixtures, unknown } from "@rampart/policy-testing";

const M1 = "gcp:cloudrun/iamMember:IamMember";
const B2 = "gcp:cloudrunv2/serviceIamBinding:ServiceIamBinding";
const P2 = "gcp:cloudrunv2/serviceIamPolicy:ServiceIamPolicy";
const S2 = "gcp:cloudrunv2/service:Service";
const role = "roles/run.invoker";

export default fixtures([
  {
    name: "invoker granted to a service account",
    expect: "pass",
    resource: { type: M1, props: { service: "api", location: "europe-west1", role, member: "serviceAccount:caller@p.iam.gserviceaccount.com" } },
  },
  {
    name: "v2 service with the invoker check",
    expect: "pass",
    resource: { type: S2, props: { location: "europe-west1", template: { containers: [{ image: "gcr.io/p/api" }] } } },
  },
  {
    name: "v1 service public",
    expect: "violate",
    message: "member grants allUsers",
    resource: { type: M1, props: { service: "api", location: "europe-west1", role, member: "allUsers" } },
  },
  {
    name: "v2 binding to all authenticated users",
    expect: "violate",
    message: "members grants allAuthenticatedUsers",
    resource: { type: B2, props: { name: "api", role, members: ["allAuthenticatedUsers"] } },
  },
  {
    name: "v2 policy document with allUsers",
    expect: "violate",
    message: "policyData bindings grants allUsers",
    resource: { type: P2, props: { name: "api", policyData: JSON.stringify({ bindings: [{ role, members: ["allUsers"] }] }) } },
  },
  {
    name: "v2 service without the invoker check",
    expect: "violate",
    message: "invokerIamDisabled is true",
    resource: { type: S2, props: { location: "europe-west1", invokerIamDisabled: true, template: { containers: [{ image: "gcr.io/p/api" }] } } },
  },
  { name: "member unknown during preview", expect: "unknown", resource: { type: M1, props: { service: "api", role, member: unknown() } } },
  {
    name: "invokerIamDisabled unknown",
    expect: "unknown",
    resource: { type: S2, props: { location: "europe-west1", invokerIamDisabled: unknown(), template: {} } },
  },
  {
    name: "a domain mapping is not an IAM grant",
    expect: "not-applicable",
    resource: { type: "gcp:cloudrun/domainMapping:DomainMapping", props: { location: "europe-west1", name: "api.example.com" } },
  },
]);
