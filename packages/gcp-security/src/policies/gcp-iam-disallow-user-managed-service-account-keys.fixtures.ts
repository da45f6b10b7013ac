import { fixtures, unknown } from "@rampart/policy-testing";

const K = "gcp:serviceaccount/key:Key";

export default fixtures([
  {
    name: "a service account without keys",
    expect: "pass",
    resources: [{ type: "gcp:serviceaccount/account:Account", name: "app", props: { accountId: "app" } }],
  },
  {
    name: "a created key",
    expect: "violate",
    message: "user-managed service account key",
    resource: { type: K, props: { serviceAccountId: "app@prod-123.iam.gserviceaccount.com", publicKeyType: "TYPE_X509_PEM_FILE" } },
  },
  {
    name: "an uploaded key",
    expect: "violate",
    message: "long-lived credential",
    resource: { type: K, props: { serviceAccountId: "app@prod-123.iam.gserviceaccount.com", publicKeyData: "LS0tLS1CRUdJTi" } },
  },
  {
    name: "account unknown during preview: still a key",
    expect: "violate",
    message: "user-managed",
    resource: { type: K, props: { serviceAccountId: unknown() } },
  },
  {
    name: "an HMAC key is not a service account key",
    expect: "not-applicable",
    resource: { type: "gcp:storage/hmacKey:HmacKey", props: { serviceAccountEmail: "app@prod-123.iam.gserviceaccount.com" } },
  },
]);
