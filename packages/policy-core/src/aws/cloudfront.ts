/**
 * Amazon CloudFront in @pulumi/aws 7: `aws:cloudfront/distribution:Distribution` readers.
 *
 * A distribution has one `defaultCacheBehavior` and optional `orderedCacheBehaviors[]` (each with
 * `viewerProtocolPolicy` allow-all, https-only or redirect-to-https, and `targetOriginId`), and
 * `origins[]` (each with `originId`, `domainName`, `originAccessControlId`, `s3OriginConfig`
 * {originAccessIdentity} or `customOriginConfig` {originProtocolPolicy http-only, https-only,
 * match-viewer; originSslProtocols SSLv3, TLSv1, TLSv1.1, TLSv1.2}). Property names checked in
 * node_modules/@pulumi/aws/cloudfront/distribution.d.ts and types/input.d.ts.
 */
import { peek, peekItems } from "../unknown";

export const DISTRIBUTION_TYPE = "aws:cloudfront/distribution:Distribution";

/** A cache behavior with its property path (`defaultCacheBehavior`, `orderedCacheBehaviors[1]`). */
export interface CacheBehavior {
  path: string;
  behavior: unknown;
}

/** Every cache behavior of a distribution; `unknown` when the ordered list is unknown during preview. */
export function cacheBehaviors(props: unknown): { behaviors: CacheBehavior[]; unknown: boolean } {
  const out: CacheBehavior[] = [];
  let unknown = false;
  const d = peek(props, "defaultCacheBehavior");
  if (d.state === "known") out.push({ path: "defaultCacheBehavior", behavior: d.value });
  else if (d.state === "unknown") unknown = true;
  const ordered = peekItems(props, "orderedCacheBehaviors");
  unknown ||= ordered.unknown;
  ordered.known.forEach((b, i) => out.push({ path: `orderedCacheBehaviors[${i}]`, behavior: b }));
  return { behaviors: out, unknown };
}

/** An origin with its property path (`origins[0]`). */
export interface Origin {
  path: string;
  origin: unknown;
}

/** Every origin of a distribution; `unknown` when the list is unknown during preview. */
export function origins(props: unknown): { origins: Origin[]; unknown: boolean } {
  const list = peekItems(props, "origins");
  return { origins: list.known.map((o, i) => ({ path: `origins[${i}]`, origin: o })), unknown: list.unknown };
}

/**
 * Whether an origin is an S3 bucket REST endpoint: it has `s3OriginConfig`, or no
 * `customOriginConfig` and a `domainName` like `<bucket>.s3.<region>.amazonaws.com` (S3 website
 * endpoints, `s3-website`, are custom origins). "unknown" when it cannot be told yet.
 */
export function isS3Origin(origin: unknown): boolean | "unknown" {
  if (peek(origin, "s3OriginConfig").state !== "absent") return true;
  const custom = peek(origin, "customOriginConfig");
  if (custom.state !== "absent") return false;
  const dn = peek<string>(origin, "domainName");
  if (dn.state === "unknown") return "unknown";
  if (dn.state !== "known" || typeof dn.value !== "string") return false;
  const host = dn.value.toLowerCase();
  return /\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com(\.cn)?$/.test(host) && !host.includes("s3-website");
}
