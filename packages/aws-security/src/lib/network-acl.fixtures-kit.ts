/**
 * Fixture builders for the network-ACL policies: aws.ec2.NetworkAcl (inline `ingress` entries, in
 * VPC vpc-1), aws.ec2.NetworkAclRule (on ACL acl-1) and inline entries, in wire form
 * (`awsEc2.NETWORK_ACL_TYPES` of @rampart/policy-core).
 */
import type { FixtureResource } from "@rampart/policy-testing";

/** A network ACL in vpc-1 whose inline `ingress` is `entries`. */
export function acl(...entries: unknown[]): FixtureResource {
  return { type: "aws:ec2/networkAcl:NetworkAcl", props: { vpcId: "vpc-1", ingress: entries } };
}

/**
 * An inline NACL entry: `action` for `protocol` on `ports` (one port, or `[from, to]`) from
 * `source` (`{ cidrBlock }` or `{ ipv6CidrBlock }`), numbered `ruleNo`.
 */
export function entry(
  action: "allow" | "deny",
  ruleNo: number,
  protocol: string,
  ports: number | [number, number],
  source: Record<string, unknown>,
): Record<string, unknown> {
  const [fromPort, toPort] = Array.isArray(ports) ? ports : [ports, ports];
  return { action, ruleNo, protocol, fromPort, toPort, ...source };
}

/** An aws.ec2.NetworkAclRule on acl-1 with `props` (ruleNumber, protocol, ruleAction, source, ports, egress). */
export function aclRule(props: Record<string, unknown>): FixtureResource {
  return { type: "aws:ec2/networkAclRule:NetworkAclRule", props: { networkAclId: "acl-1", ...props } };
}

/** An inline entry that allows all traffic (protocol "-1") from 0.0.0.0/0 as rule `ruleNo`. */
export function allowAll(ruleNo: number): Record<string, unknown> {
  return entry("allow", ruleNo, "-1", 0, { cidrBlock: "0.0.0.0/0" });
}
