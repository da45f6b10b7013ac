/**
 * Fixture builders for the NSG exposure policies (azure-network-nsg-restrict-*-from-internet,
 * checked by `nsgExposureCheck` of lib/nsg.ts): rules in both shapes azure-native has (inline in a
 * NetworkSecurityGroup, or a separate SecurityRule) and the standard case list of the family.
 */
import { unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";
import { NSG, SECURITY_RULE } from "./nsg";

/** Props of one security rule (SecurityRuleArgs): inbound Allow with `protocol` and the given overrides. */
function nsgRule(protocol: string, p: Record<string, unknown>): Record<string, unknown> {
  return { name: "r", priority: 100, direction: "Inbound", access: "Allow", protocol, sourcePortRange: "*", destinationAddressPrefix: "*", ...p };
}

/** A NetworkSecurityGroup in resource group "rg" with `securityRules` inline. */
function nsgWith(...securityRules: Record<string, unknown>[]): FixtureResource {
  return { type: NSG, props: { resourceGroupName: "rg", securityRules } };
}

/** What sets one NSG exposure policy's fixtures apart (see `nsgExposureFixtures`). */
export interface NsgFixtureSpec {
  /** Protocol of the cases' rules, as azure-native writes it ("Tcp", "Udp"). */
  protocol: string;
  /** The traffic as the policy's messages name it (`what` of `nsgExposureCheck`, e.g. "SSH (TCP 22)"). */
  what: string;
  /** Destination port ranges of the cases, each one the policy reports. */
  ports: {
    /** The range most cases use ("22", "*"). */
    main: string;
    /** The range of the second inline rule, from the Internet tag ("20-25"). */
    range: string;
    /** The entry beside "8443" in the port list of a separate rule from 0.0.0.0/0. */
    listed: string;
    /** The range of a separate rule from Any with protocol `*`. */
    anyProtocol: string;
  };
  /**
   * The policy's own passing cases (ports or protocols it does not cover), placed after "NSG
   * without rules"; `inline` makes an NSG whose one inline rule is the kit's rule with `p` applied.
   */
  passes: (inline: (p: Record<string, unknown>) => FixtureResource) => Fixture[];
}

/**
 * The case list of one NSG exposure policy: rules from a known range, the virtual network, a deny
 * rule, an outbound rule and an NSG without rules pass; then `passes`; an inline rule from `*`, a
 * second inline rule from Internet, separate rules from 0.0.0.0/0 (in a list) and from Any
 * (protocol `*`) violate; an unknown source or rule list is unknown; an unknown source of a deny
 * rule passes; a VirtualNetwork is not applicable.
 */
export function nsgExposureFixtures(s: NsgFixtureSpec): Fixture[] {
  const rule = (p: Record<string, unknown>) => nsgRule(s.protocol, p);
  const sep = (p: Record<string, unknown>): FixtureResource => ({
    type: SECURITY_RULE,
    props: { resourceGroupName: "rg", networkSecurityGroupName: "nsg", ...rule(p) },
  });
  const port = s.ports.main;
  return [
    { name: "rule from a known range", expect: "pass", resource: nsgWith(rule({ sourceAddressPrefix: "203.0.113.0/24", destinationPortRange: port })) },
    { name: "rule from the virtual network", expect: "pass", resource: nsgWith(rule({ sourceAddressPrefix: "VirtualNetwork", destinationPortRange: port })) },
    { name: "deny rule from the internet", expect: "pass", resource: nsgWith(rule({ access: "Deny", sourceAddressPrefix: "*", destinationPortRange: port })) },
    {
      name: "outbound rule to the internet",
      expect: "pass",
      resource: nsgWith(rule({ direction: "Outbound", sourceAddressPrefix: "*", destinationPortRange: port })),
    },
    { name: "NSG without rules (defaults deny inbound from the internet)", expect: "pass", resource: { type: NSG, props: { resourceGroupName: "rg" } } },
    ...s.passes((p) => nsgWith(rule(p))),
    {
      name: "inline rule from *",
      expect: "violate",
      message: `securityRules[0] of this network security group allows inbound ${s.what}`,
      resource: nsgWith(rule({ sourceAddressPrefix: "*", destinationPortRange: port })),
    },
    {
      name: "second inline rule from the Internet tag, range",
      expect: "violate",
      message: "securityRules[1]",
      resource: nsgWith(
        rule({ sourceAddressPrefix: "10.0.0.0/8", destinationPortRange: port }),
        rule({ sourceAddressPrefix: "Internet", destinationPortRange: s.ports.range }),
      ),
    },
    {
      name: "separate rule from 0.0.0.0/0 in a port list",
      expect: "violate",
      message: `This security rule allows inbound ${s.what}`,
      resource: sep({ sourceAddressPrefixes: ["198.51.100.4", "0.0.0.0/0"], destinationPortRanges: ["8443", s.ports.listed] }),
    },
    {
      name: "separate rule from Any, protocol *",
      expect: "violate",
      message: "from the internet",
      resource: sep({ protocol: "*", sourceAddressPrefix: "Any", destinationPortRange: s.ports.anyProtocol }),
    },
    { name: "source unknown during preview", expect: "unknown", resource: sep({ sourceAddressPrefix: unknown(), destinationPortRange: port }) },
    { name: "rule list unknown during preview", expect: "unknown", resource: { type: NSG, props: { resourceGroupName: "rg", securityRules: unknown() } } },
    {
      name: "unknown source of a deny rule cannot open anything",
      expect: "pass",
      resource: sep({ access: "Deny", sourceAddressPrefix: unknown(), destinationPortRange: port }),
    },
    {
      name: "a virtual network is not an NSG",
      expect: "not-applicable",
      resource: { type: "azure-native:network:VirtualNetwork", props: { resourceGroupName: "rg" } },
    },
  ];
}
