import { awsCloudFront } from "@rampart/policy-core";
import { forbidValue } from "../lib/flags";
import { awsPolicy } from "../policy";

/**
 * CloudFront distributions should use a custom certificate (ACM `acmCertificateArn` or IAM),
 * not the default *.cloudfront.net certificate (`viewerCertificate.cloudfrontDefaultCertificate`),
 * whose security policy CloudFront fixes at TLSv1.
 */
export default awsPolicy({
  name: "aws-cloudfront-require-custom-certificate",
  description: "CloudFront distributions should use a custom SSL/TLS certificate rather than the default CloudFront certificate.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an alias (aliases) with an ACM certificate from us-east-1: viewerCertificate {acmCertificateArn, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021"}.',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-alternate-domain-names.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  validateResource: forbidValue({
    path: "viewerCertificate.cloudfrontDefaultCertificate",
    value: true,
    message:
      "viewerCertificate.cloudfrontDefaultCertificate is true, so viewers connect with the shared *.cloudfront.net certificate and TLSv1. Use a custom ACM certificate.",
  }),
});
