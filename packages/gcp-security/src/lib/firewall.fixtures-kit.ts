/**
 * Fixture cases for the "open to the internet" firewall policies (`gcp-compute-disallow-open-*`):
 * a firewall rule resource builder, and the standard case list of a policy that forbids one TCP
 * service port from 0.0.0.0/0 and ::/0 (SSH, RDP), built on `openIngress` of `./firewall`.
 */
import { type Fixture, type FixtureResource, unknown } from "@rampart/policy-testing";
import { FIREWALL } from "./firewall";

/** A `gcp:compute/firewall:Firewall` fixture resource on network `vpc` with these props (`sourceRanges`, `allows`, …). */
export function firewallRule(props: Record<string, unknown>): FixtureResource {
  return { type: FIREWALL, props: { network: "vpc", ...props } };
}

/** The service port a fixture list is about: `service` names it in case names (`ssh`). */
export interface OpenPortCase {
  /** Lower-case service name for case names (`ssh`, `rdp`). */
  readonly service: string;
  /** The TCP port. */
  readonly port: number;
  /** A TCP port range that contains the port (`"12-32"`). */
  readonly range: string;
}

/**
 * The standard cases of a policy that forbids TCP `port` from the internet: passing rules (from a
 * corporate range, from IAP's 35.235.240.0/20, other ports from anywhere, egress, deny, disabled,
 * source tags only), violations (the port from 0.0.0.0/0 with the default INGRESS direction, a
 * range containing it from ::/0, protocol `all`, TCP without ports, protocol number 6), three
 * preview cases (source ranges, ports, `disabled` unknown) and a non-firewall resource.
 */
export function openPortCases({ service, port, range }: OpenPortCase): Fixture[] {
  const tcp = [{ protocol: "tcp", ports: [String(port)] }];
  const open = ["0.0.0.0/0"];
  return [
    { name: `${service} from a corporate range`, expect: "pass", resource: firewallRule({ sourceRanges: ["203.0.113.0/24"], allows: tcp }) },
    { name: `${service} from IAP only`, expect: "pass", resource: firewallRule({ sourceRanges: ["35.235.240.0/20"], allows: tcp }) },
    { name: "https from anywhere", expect: "pass", resource: firewallRule({ sourceRanges: open, allows: [{ protocol: "tcp", ports: ["80", "443"] }] }) },
    { name: "egress rule to anywhere", expect: "pass", resource: firewallRule({ direction: "EGRESS", destinationRanges: open, allows: tcp }) },
    { name: "deny rule from anywhere", expect: "pass", resource: firewallRule({ sourceRanges: open, denies: tcp }) },
    { name: "disabled rule", expect: "pass", resource: firewallRule({ disabled: true, sourceRanges: open, allows: tcp }) },
    { name: "source tags only (no internet source)", expect: "pass", resource: firewallRule({ sourceTags: ["bastion"], allows: tcp }) },
    {
      name: `${service} from anywhere (direction defaults to INGRESS)`,
      expect: "violate",
      message: 'allows.0 allows protocol "tcp" from 0.0.0.0/0',
      resource: firewallRule({ sourceRanges: open, allows: tcp }),
    },
    {
      name: `port range that contains ${port}, from IPv6 anywhere`,
      expect: "violate",
      message: "from ::/0",
      resource: firewallRule({ direction: "INGRESS", sourceRanges: ["::/0"], allows: [{ protocol: "tcp", ports: [range] }] }),
    },
    { name: "all protocols", expect: "violate", message: 'protocol "all"', resource: firewallRule({ sourceRanges: open, allows: [{ protocol: "all" }] }) },
    {
      name: "tcp without ports means every port",
      expect: "violate",
      message: "allows.1",
      resource: firewallRule({ sourceRanges: open, allows: [{ protocol: "icmp" }, { protocol: "tcp" }] }),
    },
    {
      name: "protocol number 6 is tcp",
      expect: "violate",
      message: 'protocol "6"',
      resource: firewallRule({ sourceRanges: open, allows: [{ protocol: "6", ports: [String(port)] }] }),
    },
    { name: "source ranges unknown during preview", expect: "unknown", resource: firewallRule({ sourceRanges: unknown(), allows: tcp }) },
    {
      name: "ports unknown during preview",
      expect: "unknown",
      resource: firewallRule({ sourceRanges: open, allows: [{ protocol: "tcp", ports: unknown() }] }),
    },
    { name: "disabled flag unknown during preview", expect: "unknown", resource: firewallRule({ disabled: unknown(), sourceRanges: open, allows: tcp }) },
    {
      name: "a network is not a firewall rule",
      expect: "not-applicable",
      resource: { type: "gcp:compute/network:Network", props: { autoCreateSubnetworks: false } },
    },
  ];
}
