import { fixtures, unknown } from "@rampart/policy-testing";

const M = "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember";
const B = "gcp:kms/keyRingIAMBinding:KeyRingIAMBinding";
const P = "gcp:kms/cryptoKeyIAMPolicy:CryptoKeyIAMPolicy";
const role = "roles/cloudkms.cryptoKeyEncrypterDecrypter";

export default fixtures([
  {
    name: "service account member",
    expect: "pass",
    resource: { type: M, props: { cryptoKeyId: "k", role, member: "serviceAccount:app@p.iam.gserviceaccount.com" } },
  },
  { name: "binding to a group", expect: "pass", resource: { type: B, props: { keyRingId: "r", role, members: ["group:sec@example.com"] } } },
  {
    name: "a user whose address starts with allusers is not public",
    expect: "pass",
    resource: { type: M, props: { cryptoKeyId: "k", role, member: "user:allusers@example.com" } },
  },
  {
    name: "allUsers member",
    expect: "violate",
    message: "member grants allUsers access",
    resource: { type: M, props: { cryptoKeyId: "k", role, member: "allUsers" } },
  },
  {
    name: "allAuthenticatedUsers in a key ring binding",
    expect: "violate",
    message: "members grants allAuthenticatedUsers",
    resource: { type: B, props: { keyRingId: "r", role, members: ["user:a@example.com", "allAuthenticatedUsers"] } },
  },
  {
    name: "public member in a policy document",
    expect: "violate",
    message: "policyData bindings grants allUsers",
    resource: { type: P, props: { cryptoKeyId: "k", policyData: JSON.stringify({ bindings: [{ role, members: ["allUsers"] }] }) } },
  },
  {
    name: "public member next to an unknown one is still public",
    expect: "violate",
    message: "grants allUsers",
    resource: { type: B, props: { keyRingId: "r", role, members: ["allUsers", unknown()] } },
  },
  { name: "member unknown during preview", expect: "unknown", resource: { type: M, props: { cryptoKeyId: "k", role, member: unknown() } } },
  { name: "policy document unknown during preview", expect: "unknown", resource: { type: P, props: { cryptoKeyId: "k", policyData: unknown() } } },
  { name: "a key is not an IAM grant", expect: "not-applicable", resource: { type: "gcp:kms/cryptoKey:CryptoKey", props: { keyRing: "r" } } },
]);
