import { fixtures, unknown } from "@rampart/policy-testing";

const Z = "gcp:dns/managedZone:ManagedZone";
const spec = (keyType: unknown, algorithm: unknown) => ({ keyType, algorithm, keyLength: 2048 });

export default fixtures([
  {
    name: "RSASHA256 keys",
    expect: "pass",
    resource: {
      type: Z,
      props: { dnsName: "example.com.", dnssecConfig: { state: "on", defaultKeySpecs: [spec("keySigning", "rsasha256"), spec("zoneSigning", "rsasha256")] } },
    },
  },
  { name: "DNSSEC with default key specs", expect: "pass", resource: { type: Z, props: { dnsName: "example.com.", dnssecConfig: { state: "on" } } } },
  {
    name: "RSASHA1 key-signing key",
    expect: "violate",
    message: "RSASHA1 for the key-signing key",
    resource: {
      type: Z,
      props: { dnsName: "example.com.", dnssecConfig: { state: "on", defaultKeySpecs: [spec("keySigning", "rsasha1"), spec("zoneSigning", "rsasha256")] } },
    },
  },
  {
    name: "RSASHA1 zone-signing key",
    expect: "violate",
    message: "RSASHA1 for the zone-signing key",
    resource: {
      type: Z,
      props: {
        dnsName: "example.com.",
        dnssecConfig: { state: "on", defaultKeySpecs: [spec("keySigning", "ecdsap256sha256"), spec("zoneSigning", "RSASHA1")] },
      },
    },
  },
  {
    name: "algorithm unknown during preview",
    expect: "unknown",
    resource: { type: Z, props: { dnsName: "example.com.", dnssecConfig: { state: "on", defaultKeySpecs: [spec("keySigning", unknown())] } } },
  },
  { name: "a DNS policy is not a zone", expect: "not-applicable", resource: { type: "gcp:dns/policy:Policy", props: { enableLogging: true } } },
]);
