import { awsElb, msg } from "@rampart/policy-core";
import { reportItemField } from "../lib/list-items";
import { awsPolicy } from "../policy";

/**
 * Classic Load Balancer HTTPS/SSL listeners should use certificates from AWS Certificate Manager
 * (`sslCertificateId` an `arn:<partition>:acm:` ARN) rather than IAM server certificates.
 */
export default awsPolicy({
  name: "aws-elb-classic-require-acm-certificate",
  description: "Classic Load Balancer HTTPS/SSL listeners should use certificates from AWS Certificate Manager.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Issue or import the certificate in ACM (aws.acm.Certificate) and set the listener's sslCertificateId to its ARN.",
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ssl-server-cert.html",
  resourceTypes: [awsElb.CLASSIC_LOAD_BALANCER_TYPE],
  validateResource: ({ props }, report) =>
    reportItemField(props, report, "listeners", "sslCertificateId", (cert, i) =>
      /^arn:aws[\w-]*:acm:/.test(String(cert))
        ? undefined
        : msg`listeners[${i}].sslCertificateId is not an ACM certificate ARN (e.g. an IAM server certificate). Use a certificate from AWS Certificate Manager.`,
    ),
});
