/**
 * Fixture builders for the security-group ingress policies (aws-ec2-disallow-open-*,
 * aws-ec2-restrict-open-ports-to-authorized): the three resource types that carry ingress rules
 * (`awsEc2.INGRESS_RULE_TYPES` of @rampart/policy-core: inline `ingress` of aws.ec2.SecurityGroup,
 * aws.ec2.SecurityGroupRule, aws.vpc.SecurityGroupIngressRule) in wire form, and the standard case
 * list of a policy about one TCP port.
 */
import { unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";

/** aws.ec2.SecurityGroup (inline `ingress` rules). */
export const SG = "aws:ec2/securityGroup:SecurityGroup";
/** aws.ec2.SecurityGroupRule (`type: "ingress" | "egress"`). */
const SG_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
/** aws.vpc.SecurityGroupIngressRule (`ipProtocol`, `cidrIpv4` / `cidrIpv6`). */
const VPC_INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

/** A security group whose inline `ingress` is `rules` (each an ec2 ingress block: protocol, fromPort, toPort, sources). */
export function sg(...rules: Record<string, unknown>[]): FixtureResource {
  return { type: SG, props: { ingress: rules } };
}

/**
 * An inline rule for `protocol` on `ports` (one port, or `[from, to]`) from the IPv4 ranges `cidrBlocks`
 * (or a wire value such as `unknown()`); `extra` adds fields (ipv6CidrBlocks, description, ...).
 */
export function rule(protocol: unknown, ports: unknown, cidrBlocks: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const [fromPort, toPort] = Array.isArray(ports) ? ports : [ports, ports];
  return { protocol, fromPort, toPort, cidrBlocks, ...extra };
}

/** An aws.ec2.SecurityGroupRule of `type` ingress (unless `props.type` says otherwise) on group `sg-1`. */
export function sgRule(props: Record<string, unknown>): FixtureResource {
  return { type: SG_RULE, props: { type: "ingress", ...props, securityGroupId: "sg-1" } };
}

/** An aws.vpc.SecurityGroupIngressRule on group `sg-1`. */
export function vpcIngress(props: Record<string, unknown>): FixtureResource {
  return { type: VPC_INGRESS, props: { ...props, securityGroupId: "sg-1" } };
}

/** What `singlePortCases` needs to know about the policy's port. */
export interface SinglePort {
  /** Service name used in the case names (`SSH`). */
  service: string;
  /** The TCP port (22). */
  port: number;
  /** A private IPv4 range the service may be open to. */
  privateCidr: string;
  /** Name of the unknown-source case. */
  unknownCase: string;
  /** Sources of the "HTTPS from anywhere" rule beyond `cidrBlocks: ["0.0.0.0/0"]`. */
  httpsExtra?: Record<string, unknown>;
}

/**
 * The standard cases of a policy that forbids one TCP port from the internet: the port from a
 * private range and HTTPS from anywhere pass; the port inline from 0.0.0.0/0 violates (message
 * `ingress[0].cidrBlocks allows 0.0.0.0/0 on tcp port <port>`); an unknown source is unknown.
 */
export function singlePortCases(p: SinglePort): Fixture[] {
  return [
    { name: `${p.service} from a private range`, expect: "pass", resource: sg(rule("tcp", p.port, [p.privateCidr])) },
    { name: "HTTPS from anywhere", expect: "pass", resource: sg(rule("tcp", 443, ["0.0.0.0/0"], p.httpsExtra)) },
    {
      name: `inline ${p.service} from 0.0.0.0/0`,
      expect: "violate",
      message: `ingress[0].cidrBlocks allows 0.0.0.0/0 on tcp port ${p.port}`,
      resource: sg(rule("tcp", p.port, ["0.0.0.0/0"])),
    },
    { name: p.unknownCase, expect: "unknown", resource: sg(rule("tcp", p.port, unknown())) },
  ];
}
