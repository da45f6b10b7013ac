import { fixtures, unknown } from "@rampart/policy-testing";
import { publicGrantCases } from "../lib/public-grant.fixtures-kit";

const M1 = "gcp:cloudrun/iamMember:IamMember";
const B2 = "gcp:cloudrunv2/serviceIamBinding:ServiceIamBinding";
const P2 = "gcp:cloudrunv2/serviceIamPolicy:ServiceIamPolicy";
const S2 = "gcp:cloudrunv2/service:Service";
const role = "roles/run.invoker";
const c = publicGrantCases({
  member: { type: M1, props: { service: "api", location: "europe-west1", role } },
  binding: { type: B2, props: { name: "api", role } },
  policy: { type: P2, props: { name: "api" }, role },
  serviceAccount: "caller@p.iam.gserviceaccount.com",
  names: {
    pass: "invoker granted to a service account",
    member: "v1 service public",
    binding: "v2 binding to all authenticated users",
    policy: "v2 policy document with allUsers",
    unknown: "member unknown during preview",
  },
});

export default fixtures([
  c.pass,
  {
    name: "v2 service with the invoker check",
    expect: "pass",
    resource: { type: S2, props: { location: "europe-west1", template: { containers: [{ image: "gcr.io/p/api" }] } } },
  },
  c.member,
  c.binding,
  c.policy,
  {
    name: "v2 service without the invoker check",
    expect: "violate",
    message: "invokerIamDisabled is true",
    resource: { type: S2, props: { location: "europe-west1", invokerIamDisabled: true, template: { containers: [{ image: "gcr.io/p/api" }] } } },
  },
  c.unknown,
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
