import { awsElb, peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/** Actions that pass requests on to targets (as opposed to redirect / fixed-response). */
const FORWARDING = ["forward", "authenticate-cognito", "authenticate-oidc", "jwt-validation"];

/**
 * ALB/NLB listeners (aws.lb.Listener, aws.alb.Listener) that forward traffic must use an encrypted
 * protocol (HTTPS, TLS, QUIC). A plaintext HTTP listener whose default action only redirects or
 * returns a fixed response carries no application traffic and passes. NLB pass-through protocols
 * (TCP, UDP, TCP_UDP; end-to-end TLS may run inside them) pass unless removed from
 * `allowedPlaintextProtocols`. A listener without `protocol` is HTTP when it has a `port` (ALB
 * default); Gateway Load Balancer listeners have neither and are skipped.
 */
export default awsPolicy({
  name: "aws-elb-listener-require-tls",
  description: "Load balancer listeners that forward traffic must use HTTPS or TLS.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set protocol to "HTTPS" (ALB) or "TLS" (NLB) with a certificateArn from ACM and a modern sslPolicy; keep port 80 only as a listener whose default action redirects to HTTPS.',
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html",
  resourceTypes: awsElb.LISTENER_TYPES,
  config: {
    allowedPlaintextProtocols: {
      type: "array",
      items: { type: "string" },
      description: "Unencrypted listener protocols that pass (pass-through protocols; HTTP is never allowed for forwarding listeners unless listed).",
      default: ["TCP", "UDP", "TCP_UDP", "GENEVE"],
    },
  },
  validateResource: ({ props, config }, report) => {
    const allowed = (config.allowedPlaintextProtocols as string[]).map((p) => p.toUpperCase());
    const proto = peekForVerdict<string>(props, "protocol");
    let protocol: string;
    const port = peek(props, "port");
    if (proto.state === "known") protocol = String(proto.value).toUpperCase();
    else if (port.state !== "absent") protocol = "HTTP";
    else return; // Gateway Load Balancer listener
    if (["HTTPS", "TLS", "QUIC", "TCP_QUIC"].includes(protocol) || allowed.includes(protocol)) return;
    const actions = peekItems(props, "defaultActions");
    if (actions.unknown) requireKnown(props, "defaultActions");
    const types = actions.known.map((a) => peek<string>(a, "type"));
    if (types.some((t) => t.state === "unknown")) requireKnown(props, "defaultActions");
    const forwards = types.some((t) => t.state === "known" && FORWARDING.includes(String(t.value)));
    if (!forwards) return;
    // Without a protocol, only a port tells an ALB listener (HTTP) from a Gateway LB listener.
    if (proto.state === "absent" && port.state === "unknown") requireKnown(props, "port");
    report(
      msg`protocol is "${protocol}" and the default action forwards requests unencrypted. Use protocol "HTTPS" or "TLS", or make this listener redirect to HTTPS.`,
    );
  },
});
