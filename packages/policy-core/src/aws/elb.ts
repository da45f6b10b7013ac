/**
 * Elastic Load Balancing in @pulumi/aws 7: type tokens and readers.
 *
 * - Application, Network and Gateway Load Balancers: `aws:lb/loadBalancer:LoadBalancer` and its
 *   alias `aws:alb/loadBalancer:LoadBalancer` (same inputs; `loadBalancerType` "application" by
 *   default, "network", "gateway"); listeners `aws:lb/listener:Listener` / `aws:alb/listener:Listener`
 *   (`protocol` HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE; `sslPolicy`; `defaultActions[]` with
 *   `type` forward, redirect, fixed-response, authenticate-cognito, authenticate-oidc, and
 *   `redirect.protocol` HTTP, HTTPS or `#{protocol}` (the default, which keeps the request's)).
 * - Classic Load Balancers: `aws:elb/loadBalancer:LoadBalancer` (`listeners[]` with `lbProtocol`
 *   http, https, tcp, ssl; `sslCertificateId`; `accessLogs`; `connectionDraining`).
 *
 * Names and defaults checked in node_modules/@pulumi/aws/lb/*.d.ts, alb/*.d.ts, elb/*.d.ts and
 * types/input.d.ts (e.g. `sslPolicy` "Default is `ELBSecurityPolicy-2016-08`").
 */
import { peek } from "../unknown";

/** ALB/NLB/GWLB type tokens (lb and its alb alias). */
export const LOAD_BALANCER_TYPES = ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"] as const;
/** ALB/NLB listener type tokens (lb and its alb alias). */
export const LISTENER_TYPES = ["aws:lb/listener:Listener", "aws:alb/listener:Listener"] as const;
/** Classic Load Balancer. */
export const CLASSIC_LOAD_BALANCER_TYPE = "aws:elb/loadBalancer:LoadBalancer";

/** The security policy the ELB API uses for an HTTPS/TLS listener without `sslPolicy` (ELB docs, "Security policies"). */
export const API_DEFAULT_SSL_POLICY = "ELBSecurityPolicy-2016-08";

/**
 * Load balancer type of an ALB/NLB/GWLB: its `loadBalancerType`, "application" when absent (the
 * provider's default), or unknown during preview.
 */
export function loadBalancerType(props: unknown): { state: "known"; value: string } | { state: "unknown" } {
  const t = peek<string>(props, "loadBalancerType");
  if (t.state === "unknown") return { state: "unknown" };
  return { state: "known", value: t.state === "known" ? String(t.value).toLowerCase() : "application" };
}

/**
 * Whether `name` matches one of `patterns`: exact names, or prefixes written with a trailing `*`
 * (`ELBSecurityPolicy-TLS13-1-2-*`).
 */
export function matchesName(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
}
