import { fixtures, unknown } from "@rampart/policy-testing";

const H = "gcp:storage/hmacKey:HmacKey";

export default fixtures([
  {
    name: "deactivated key",
    expect: "pass",
    resource: { type: H, props: { serviceAccountEmail: "s3-compat@prod-123.iam.gserviceaccount.com", state: "INACTIVE" } },
  },
  {
    name: "active by default",
    expect: "violate",
    message: "state is not set (the provider's default is ACTIVE)",
    resource: { type: H, props: { serviceAccountEmail: "s3-compat@prod-123.iam.gserviceaccount.com" } },
  },
  {
    name: "active",
    expect: "violate",
    message: "state is ACTIVE",
    resource: { type: H, props: { serviceAccountEmail: "s3-compat@prod-123.iam.gserviceaccount.com", state: "ACTIVE" } },
  },
  {
    name: "state unknown during preview",
    expect: "unknown",
    resource: { type: H, props: { serviceAccountEmail: "a@b.iam.gserviceaccount.com", state: unknown() } },
  },
  {
    name: "a service account key is another policy's",
    expect: "not-applicable",
    resource: { type: "gcp:serviceaccount/key:Key", props: { serviceAccountId: "a" } },
  },
]);
