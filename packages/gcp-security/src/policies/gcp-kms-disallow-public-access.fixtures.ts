import { fixtures, unknown } from "@rampart/policy-testing";
import { publicGrantCases } from "../lib/public-grant.fixtures-kit";

const M = "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember";
const B = "gcp:kms/keyRingIAMBinding:KeyRingIAMBinding";
const P = "gcp:kms/cryptoKeyIAMPolicy:CryptoKeyIAMPolicy";
const role = "roles/cloudkms.cryptoKeyEncrypterDecrypter";
const c = publicGrantCases({
  member: { type: M, props: { cryptoKeyId: "k", role } },
  binding: { type: B, props: { keyRingId: "r", role } },
  policy: { type: P, props: { cryptoKeyId: "k" }, role },
  names: {
    pass: "service account member",
    member: "allUsers member",
    binding: "allAuthenticatedUsers in a key ring binding",
    policy: "public member in a policy document",
    unknown: "member unknown during preview",
  },
});

export default fixtures([
  c.pass,
  { name: "binding to a group", expect: "pass", resource: { type: B, props: { keyRingId: "r", role, members: ["group:sec@example.com"] } } },
  {
    name: "a user whose address starts with allusers is not public",
    expect: "pass",
    resource: { type: M, props: { cryptoKeyId: "k", role, member: "user:allusers@example.com" } },
  },
  { ...c.member, message: "member grants allUsers access" },
  { ...c.binding, resource: { type: B, props: { keyRingId: "r", role, members: ["user:a@example.com", "allAuthenticatedUsers"] } } },
  c.policy,
  {
    name: "public member next to an unknown one is still public",
    expect: "violate",
    message: "grants allUsers",
    resource: { type: B, props: { keyRingId: "r", role, members: ["allUsers", unknown()] } },
  },
  c.unknown,
  { name: "policy document unknown during preview", expect: "unknown", resource: { type: P, props: { cryptoKeyId: "k", policyData: unknown() } } },
  { name: "a key is not an IAM grant", expect: "not-applicable", resource: { type: "gcp:kms/cryptoKey:CryptoKey", props: { keyRing: "r" } } },
]);
