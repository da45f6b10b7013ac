/**
 * Network helpers shared by policies: open CIDR ranges and port ranges as security group and
 * network ACL rules express them (EC2 API: `IpProtocol` "-1" means all protocols and all ports;
 * protocol numbers "6" TCP, "17" UDP).
 */

/** Whether a CIDR is open to the whole internet: IPv4 `0.0.0.0/0` or IPv6 `::/0` (any spelling). */
export function isOpenCidr(cidr: unknown): boolean {
  if (typeof cidr !== "string") return false;
  const c = cidr.trim().toLowerCase();
  return c === "0.0.0.0/0" || c === "::/0" || c === "::0/0" || c === "0:0:0:0:0:0:0:0/0";
}

/** Whether a protocol value means every protocol (`-1`, `all`). */
export function isAllProtocols(protocol: unknown): boolean {
  const p = String(protocol ?? "").toLowerCase();
  return p === "-1" || p === "all";
}

/** Whether a protocol value covers TCP (`tcp`, `6`, or all protocols). */
export function coversTcp(protocol: unknown): boolean {
  const p = String(protocol ?? "").toLowerCase();
  return isAllProtocols(p) || p === "tcp" || p === "6";
}

/**
 * Whether a rule with `protocol` and ports `from`..`to` (inclusive) reaches TCP `port`. All
 * protocols reach every port; a missing range on TCP means all ports; 0-0 on all protocols too.
 */
export function ruleReachesTcpPort(protocol: unknown, from: unknown, to: unknown, port: number): boolean {
  if (isAllProtocols(protocol)) return true;
  if (!coversTcp(protocol)) return false;
  const f = typeof from === "number" ? from : from === undefined || from === null ? 0 : Number(from);
  const t = typeof to === "number" ? to : to === undefined || to === null ? 65535 : Number(to);
  if (Number.isNaN(f) || Number.isNaN(t)) return false;
  if (f === 0 && t === 0) return false;
  if (f === -1 && t === -1) return true;
  return f <= port && port <= t;
}
