/**
 * VPC firewall rules (`gcp:compute/firewall:Firewall`) as the provider takes them: `direction`
 * (default `INGRESS`), `disabled` (default false), `sourceRanges` (CIDRs; IPv4 or IPv6),
 * `allows: [{ protocol, ports? }]` where `protocol` is a name (`tcp`, `udp`, `icmp`, `all`, …) or an
 * IP protocol number, and `ports` is a list of `"22"` or `"1000-2000"`; no `ports` on TCP/UDP means
 * every port. Only ALLOW rules open anything; DENY rules (`denies`) are not considered.
 *
 * One matcher for every "open to the internet" policy: SSH, RDP, all ports, database ports.
 */
import { isOpenCidr, msg, peek, requireKnown, show, type FactoryPolicyMetadata, type Report } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** The firewall rule token. */
export const FIREWALL = "gcp:compute/firewall:Firewall";

/** One `allows` entry of an ingress rule from the internet that reaches the port being checked. */
export interface OpenAllow {
  /** Property path of the entry (`allows.0`). */
  readonly path: string;
  /** The entry's protocol, lower-case (`tcp`, `all`, `6`). */
  readonly protocol: string;
  /** The open source range (`0.0.0.0/0` or `::/0`). */
  readonly cidr: string;
}

/** The result of `openIngress`: entries that match, and whether an unknown value could add one. */
export interface OpenIngress {
  readonly hits: OpenAllow[];
  readonly unknown: boolean;
}

/** What `openIngress` looks for: a TCP/UDP port, or any protocol on every port (`"all-ports"`). */
export type PortQuery = { readonly tcp: number } | { readonly udp: number } | "all-ports";

const TCP = new Set(["tcp", "6"]);
const UDP = new Set(["udp", "17"]);
const ALL = new Set(["all"]);

/** The known elements of an array with their indices, and whether any element is unknown during preview (absent ones are skipped). */
function knownEntries(list: readonly unknown[]): { entries: [number, unknown][]; unknown: boolean } {
  const entries: [number, unknown][] = [];
  let unknown = false;
  for (let i = 0; i < list.length; i++) {
    const e = peek<unknown>(list, [i]);
    if (e.state === "unknown") unknown = true;
    else if (e.state === "known") entries.push([i, e.value]);
  }
  return { entries, unknown };
}

/**
 * Whether a `ports` list has an entry `test` accepts: an absent or empty list stands for every
 * port and matches; without a match, unknown entries make the answer `undefined`.
 */
function anyPort(ports: unknown, test: (entry: string) => boolean): boolean | undefined {
  const p = peek<unknown>(ports, []);
  if (p.state === "absent") return true;
  if (p.state === "unknown") return undefined;
  if (!Array.isArray(p.value) || p.value.length === 0) return true; // empty list: every port
  const { entries, unknown } = knownEntries(p.value);
  if (entries.some(([, v]) => test(String(v)))) return true;
  return unknown ? undefined : false;
}

/** Whether a `ports` list (or its absence) reaches `port` (`"22"`, `"1000-2000"`); unknown items make the answer `undefined`. */
function portsReach(ports: unknown, port: number): boolean | undefined {
  return anyPort(ports, (entry) => {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(entry);
    if (!m) return false;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return from <= port && port <= to;
  });
}

/** Whether a `ports` list covers every port (absent, empty, or a `0-65535` range). */
function allPorts(ports: unknown): boolean | undefined {
  return anyPort(ports, (entry) => /^\s*0?\s*-\s*65535\s*$|^\s*1\s*-\s*65535\s*$/.test(entry));
}

/**
 * The `allows` entries of an enabled INGRESS firewall rule whose `sourceRanges` include the whole
 * internet (`0.0.0.0/0` or `::/0`) and that reach `query`. A rule with `direction: "EGRESS"` or
 * `disabled: true` never matches; a rule without `sourceRanges` (tags or service accounts only)
 * admits no internet source. Unknown values that could make the rule match set `unknown`.
 */
export function openIngress(props: unknown, query: PortQuery): OpenIngress {
  const none: OpenIngress = { hits: [], unknown: false };
  let unknown = false;
  const direction = peek<string>(props, "direction");
  if (direction.state === "known" && String(direction.value).toUpperCase() === "EGRESS") return none;
  const disabled = peek<boolean>(props, "disabled");
  if (disabled.state === "known" && disabled.value === true) return none;
  // Whether the rule applies at all is unknown during preview: it can only be an advisory.
  const appliesUnknown = direction.state === "unknown" || disabled.state === "unknown";

  const ranges = peek<unknown>(props, "sourceRanges");
  if (ranges.state === "absent") return none;
  let cidr: string | undefined;
  if (ranges.state === "unknown") unknown = true;
  else if (Array.isArray(ranges.value)) {
    const known = knownEntries(ranges.value);
    unknown ||= known.unknown;
    const open = known.entries.find(([, r]) => isOpenCidr(r));
    if (open) cidr = String(open[1]).trim();
  }
  if (cidr === undefined) return { hits: [], unknown };

  const allows = peek<unknown>(props, "allows");
  if (allows.state === "unknown") return { hits: [], unknown: true };
  if (allows.state !== "known" || !Array.isArray(allows.value)) return { hits: [], unknown };
  const hits: OpenAllow[] = [];
  const known = knownEntries(allows.value);
  unknown ||= known.unknown;
  for (const [i, allow] of known.entries) {
    const proto = peek<unknown>(allow, "protocol");
    if (proto.state === "unknown") {
      unknown = true;
      continue;
    }
    if (proto.state !== "known") continue;
    const protocol = String(proto.value).trim().toLowerCase();
    const ports = (allow as { ports?: unknown }).ports === undefined ? undefined : peek<unknown>(allow, "ports");
    const portsValue = ports === undefined ? undefined : ports.state === "known" ? ports.value : ports.state === "unknown" ? UNKNOWN_PORTS : undefined;
    let reach: boolean | undefined;
    if (ALL.has(protocol)) reach = true;
    else if (query === "all-ports") reach = TCP.has(protocol) || UDP.has(protocol) ? allPortsOf(portsValue) : false;
    else if ("tcp" in query) reach = TCP.has(protocol) ? portsReachOf(portsValue, query.tcp) : false;
    else reach = UDP.has(protocol) ? portsReachOf(portsValue, query.udp) : false;
    if (reach === true) hits.push({ path: `allows.${i}`, protocol, cidr });
    else if (reach === undefined) unknown = true;
  }
  if (appliesUnknown) return { hits: [], unknown: unknown || hits.length > 0 };
  return { hits, unknown };
}

const UNKNOWN_PORTS = Symbol("unknown ports");

function portsReachOf(ports: unknown, port: number): boolean | undefined {
  if (ports === UNKNOWN_PORTS) return undefined;
  return portsReach(ports, port);
}

function allPortsOf(ports: unknown): boolean | undefined {
  if (ports === UNKNOWN_PORTS) return undefined;
  return allPorts(ports);
}

/**
 * Reports every `allows` entry of an internet-facing ingress rule that reaches `query`
 * (`openIngress`), each with the message `describe` gives; when none does and an unknown value
 * could add one, asks for the preview advisory on the whole rule (`requireKnown(props)`).
 */
export function reportOpenIngress(props: unknown, query: PortQuery, report: Report, describe: (hit: OpenAllow) => string): void {
  const { hits, unknown } = openIngress(props, query);
  for (const h of hits) report(describe(h));
  if (!hits.length && unknown) requireKnown(props);
}

/**
 * What an open-service-port policy says about itself (name, description, severity, level, url, …);
 * its remediation, resource types and check are built from `service` and `port`.
 */
export type OpenPortPolicyDef<N extends string> = Omit<FactoryPolicyMetadata<N>, "remediationSteps" | "resourceTypes"> & {
  /** The service as messages name it (`SSH`, `RDP`). */
  readonly service: string;
  /** Its TCP port (22, 3389). */
  readonly port: number;
};

/**
 * A policy that forbids one TCP service port from the internet on VPC firewall rules (SSH, RDP):
 * every ALLOW entry of an enabled INGRESS rule from 0.0.0.0/0 or ::/0 that reaches the port is
 * reported; the remediation points at a VPN or bastion range or Identity-Aware Proxy's
 * 35.235.240.0/20 (IAP TCP forwarding, https://cloud.google.com/iap/docs/using-tcp-forwarding).
 */
export function openPortPolicy<const N extends string>({ service, port, ...meta }: OpenPortPolicyDef<N>) {
  const label = `${service} (${port})`;
  return gcpPolicy({
    ...meta,
    remediationSteps: `Restrict the rule's \`sourceRanges\` to the address ranges that need ${label} (a VPN or bastion range, or Identity-Aware Proxy's 35.235.240.0/20 for IAP TCP forwarding), or remove the rule.`,
    resourceTypes: [FIREWALL],
    validateResource: ({ props }, report) =>
      reportOpenIngress(
        props,
        { tcp: port },
        report,
        (h) =>
          msg`${h.path} allows protocol ${show(h.protocol)} from ${h.cidr} (sourceRanges) on an INGRESS rule` +
          `, which includes ${label}. Restrict sourceRanges or remove the entry.`,
      ),
  });
}
