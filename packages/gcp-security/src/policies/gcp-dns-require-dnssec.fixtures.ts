import { fixtures, unknown } from "@rampart/policy-testing";

const Z = "gcp:dns/managedZone:ManagedZone";

export default fixtures([
  { name: "public zone with DNSSEC", expect: "pass", resource: { type: Z, props: { dnsName: "example.com.", dnssecConfig: { state: "on" } } } },
  {
    name: "private zone (DNSSEC not supported)",
    expect: "pass",
    resource: { type: Z, props: { dnsName: "internal.example.", visibility: "private", privateVisibilityConfig: { networks: [{ networkUrl: "n" }] } } },
  },
  {
    name: "public zone without dnssecConfig",
    expect: "violate",
    message: "dnssecConfig.state is not set",
    resource: { type: Z, props: { dnsName: "example.com." } },
  },
  {
    name: "DNSSEC off",
    expect: "violate",
    message: 'dnssecConfig.state is "off"',
    resource: { type: Z, props: { dnsName: "example.com.", visibility: "public", dnssecConfig: { state: "off" } } },
  },
  { name: "state unknown during preview", expect: "unknown", resource: { type: Z, props: { dnsName: "example.com.", dnssecConfig: { state: unknown() } } } },
  { name: "visibility unknown and no DNSSEC", expect: "unknown", resource: { type: Z, props: { dnsName: "example.com.", visibility: unknown() } } },
  {
    name: "a record set is not a zone",
    expect: "not-applicable",
    resource: { type: "gcp:dns/recordSet:RecordSet", props: { managedZone: "z", name: "www.example.com.", type: "A" } },
  },
]);
