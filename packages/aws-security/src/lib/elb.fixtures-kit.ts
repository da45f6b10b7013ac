/**
 * Fixture builders for the ELBv2 listener policies: an aws.lb.Listener or its aws.alb alias on
 * load balancer `arn:lb`, in wire form.
 */
import type { FixtureResource } from "@rampart/policy-testing";

/** An aws.lb.Listener on load balancer `arn:lb` with `props` (port, protocol, defaultActions, sslPolicy, ...). */
export function listener(props: Record<string, unknown>): FixtureResource {
  return { type: "aws:lb/listener:Listener", props: { loadBalancerArn: "arn:lb", ...props } };
}

/** The same listener through the aws.alb.Listener alias type. */
export function albListener(props: Record<string, unknown>): FixtureResource {
  return { type: "aws:alb/listener:Listener", props: { loadBalancerArn: "arn:lb", ...props } };
}
