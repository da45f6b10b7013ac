/**
 * The checks shared by the security-group policies that forbid TCP ports from the internet
 * (aws-ec2-disallow-open-ssh, -rdp, -admin-ports, -database-ports): the ingress rules of the three
 * rule-carrying types are read by `awsEc2.openToInternetOnPort(s)` of @rampart/policy-core, and
 * every hit is reported in one message form.
 */
import { awsEc2, msg, requireKnown, type ConfigSpec, type Report } from "@rampart/policy-core";

/**
 * Reports every ingress rule of `props` that opens TCP `port` to 0.0.0.0/0 or ::/0, once per open
 * CIDR, as `<source path> allows <cidr> on <port range>, which includes <what>` (`what` carries the
 * rest of the sentence and the fix). When nothing hits but a rule's sources or ports are unknown
 * during preview, asks for known values (`requireKnown`).
 */
export function reportOpenTcpPort(type: string, props: unknown, port: number, report: Report, what: string): void {
  const { hits, unknown } = awsEc2.openToInternetOnPort(type, props, port);
  for (const { rule, cidr } of hits) report(includes(type, rule, cidr) + what);
  if (!hits.length && unknown.length) requireKnown(props);
}

/**
 * Like `reportOpenTcpPort` for a list of TCP ports (a policy's configured list): `what` gets the
 * asked ports the rule reaches, ascending, and returns the rest of the sentence.
 */
export function reportOpenTcpPorts(type: string, props: unknown, ports: readonly number[], report: Report, what: (reached: number[]) => string): void {
  const { hits, unknown } = awsEc2.openToInternetOnPorts(type, props, ports);
  for (const { rule, cidr, ports: reached } of hits) report(includes(type, rule, cidr) + what(reached));
  if (!hits.length && unknown.length) requireKnown(props);
}

/** `<source path> allows <cidr> on <port range>, which includes ` for one hit. */
function includes(type: string, rule: awsEc2.IngressRule, cidr: string): string {
  return msg`${awsEc2.sourcePath(type, rule, cidr)} allows ${cidr} on ${awsEc2.portRange(rule)}, which includes `;
}

/**
 * The `adminPorts` config setting shared by the policies on remote administration ports
 * (aws-ec2-disallow-open-admin-ports, aws-vpc-nacl-disallow-open-admin-ports): SSH 22 and RDP 3389
 * by default (CIS AWS 5.2/5.3), configurable to add e.g. 23 Telnet, 5900 VNC, 5985/5986 WinRM.
 */
export const ADMIN_PORTS_CONFIG: ConfigSpec<{ adminPorts: number[] }> = {
  adminPorts: {
    type: "array",
    items: { type: "integer" },
    description: "TCP ports treated as remote administration ports.",
    default: [22, 3389],
  },
};
