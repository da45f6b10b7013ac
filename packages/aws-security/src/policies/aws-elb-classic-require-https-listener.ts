import { awsElb, peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** Classic Load Balancer listeners must terminate TLS: `listeners[].lbProtocol` "https" or "ssl" (not "http"/"tcp"). */
export default awsPolicy({
  name: "aws-elb-classic-require-https-listener",
  description: "Classic Load Balancer listeners must use HTTPS or SSL (TLS) termination.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set lbProtocol to "https" (or "ssl") with an ACM sslCertificateId on every listener, or migrate to an Application Load Balancer with HTTPS listeners.',
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html",
  resourceTypes: [awsElb.CLASSIC_LOAD_BALANCER_TYPE],
  validateResource: ({ props }, report) => {
    const listeners = peekItems(props, "listeners");
    if (listeners.unknown) requireKnown(props, "listeners");
    listeners.known.forEach((l, i) => {
      const p = peek<string>(l, "lbProtocol");
      if (p.state === "unknown") requireKnown(l, "lbProtocol");
      if (p.state === "known" && !["https", "ssl"].includes(String(p.value).toLowerCase())) {
        report(msg`listeners[${i}].lbProtocol is "${String(p.value).toLowerCase()}", which is unencrypted. Use "https" or "ssl" with a certificate.`);
      }
    });
  },
});
