import { awsCloudFront, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * CloudFront distributions with a custom certificate must use a modern viewer security policy
 * (`viewerCertificate.minimumProtocolVersion`, default "TLSv1" when omitted). Distributions on the
 * default *.cloudfront.net certificate are skipped: CloudFront fixes their policy at TLSv1 (see
 * aws-cloudfront-require-custom-certificate).
 */
export default awsPolicy({
  name: "aws-cloudfront-require-modern-tls",
  description: "CloudFront distributions must use a viewer security policy of TLS 1.2 or later.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set viewerCertificate.minimumProtocolVersion to "TLSv1.2_2021" (or "TLSv1.2_2025" / "TLSv1.3_2025") with sslSupportMethod "sni-only".',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  config: {
    allowedVersions: {
      type: "array",
      items: { type: "string" },
      description: "Allowed minimumProtocolVersion values (CloudFront security policy names).",
      default: ["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"],
    },
  },
  validateResource: ({ props, config }, report) => {
    const allowed: readonly string[] = config.allowedVersions;
    const def = peekForVerdict(props, "viewerCertificate.cloudfrontDefaultCertificate");
    if (def.state === "known" && def.value === true) return;
    const v = peekForVerdict<string>(props, "viewerCertificate.minimumProtocolVersion");
    const version = v.state === "known" ? String(v.value) : "TLSv1";
    if (allowed.includes(version)) return;
    report(
      msg`viewerCertificate.minimumProtocolVersion is ${v.state === "known" ? `"${version}"` : 'not set (default "TLSv1")'}, which is not an allowed security policy (${allowed.join(", ")}). Set it to "TLSv1.2_2021" or later.`,
    );
  },
});
