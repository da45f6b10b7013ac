import { awsCloudFront } from "@rampart/policy-core";
import { forbidValue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** CloudFront distributions with a custom certificate should serve HTTPS with SNI (`viewerCertificate.sslSupportMethod` "sni-only", not "vip"). */
export default awsPolicy({
  name: "aws-cloudfront-require-sni",
  description: "CloudFront distributions with custom certificates should serve HTTPS requests with SNI.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set viewerCertificate.sslSupportMethod to "sni-only" (dedicated IP "vip" also limits the security policy to SSLv3/TLSv1).',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-https-dedicated-ip-or-sni.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  validateResource: forbidValue({
    path: "viewerCertificate.sslSupportMethod",
    value: "vip",
    message: 'viewerCertificate.sslSupportMethod is "vip" (dedicated IP addresses). Set it to "sni-only".',
  }),
});
