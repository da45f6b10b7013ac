import { fixtures, unknown } from "@rampart/policy-testing";

const K = "gcp:kms/cryptoKey:CryptoKey";

export default fixtures([
  {
    name: "rotated every 90 days",
    expect: "pass",
    resource: { type: K, props: { keyRing: "projects/p/locations/europe/keyRings/r", rotationPeriod: "7776000s" } },
  },
  { name: "rotated every 30 days", expect: "pass", resource: { type: K, props: { keyRing: "r", rotationPeriod: "2592000s" } } },
  { name: "asymmetric signing key (cannot auto-rotate)", expect: "pass", resource: { type: K, props: { keyRing: "r", purpose: "ASYMMETRIC_SIGN" } } },
  { name: "import-only key", expect: "pass", resource: { type: K, props: { keyRing: "r", importOnly: true } } },
  { name: "no rotation", expect: "violate", message: "rotationPeriod is not set", resource: { type: K, props: { keyRing: "r" } } },
  {
    name: "rotated yearly",
    expect: "violate",
    message: 'rotationPeriod is "31536000s", longer than 90 days',
    resource: { type: K, props: { keyRing: "r", purpose: "ENCRYPT_DECRYPT", rotationPeriod: "31536000s" } },
  },
  {
    name: "90 days and a second",
    expect: "violate",
    message: "longer than 90 days",
    resource: { type: K, props: { keyRing: "r", rotationPeriod: "7776001s" } },
  },
  { name: "rotation unknown during preview", expect: "unknown", resource: { type: K, props: { keyRing: "r", rotationPeriod: unknown() } } },
  { name: "purpose unknown and no rotation", expect: "unknown", resource: { type: K, props: { keyRing: "r", purpose: unknown() } } },
  { name: "a key ring is not a key", expect: "not-applicable", resource: { type: "gcp:kms/keyRing:KeyRing", props: { location: "europe" } } },
]);
