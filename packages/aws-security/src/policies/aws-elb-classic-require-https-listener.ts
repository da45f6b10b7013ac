import { awsElb, msg } from "@rampart/policy-core";
import { reportItemField } from "../lib/list-items";
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
  validateResource: ({ props }, report) =>
    reportItemField(props, report, "listeners", "lbProtocol", (p, i) =>
      ["https", "ssl"].includes(String(p).toLowerCase())
        ? undefined
        : msg`listeners[${i}].lbProtocol is "${String(p).toLowerCase()}", which is unencrypted. Use "https" or "ssl" with a certificate.`,
    ),
});
