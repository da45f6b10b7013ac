import { awsCloudFront, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * CloudFront must not offer deprecated SSL/TLS versions to custom origins:
 * `customOriginConfig.originSslProtocols` must not contain a denied protocol (default SSLv3, TLSv1,
 * TLSv1.1; RFC 8996 deprecates TLS 1.0 and 1.1).
 */
export default awsPolicy({
  name: "aws-cloudfront-disallow-deprecated-origin-ssl",
  description: "CloudFront distributions must not use SSLv3, TLS 1.0 or TLS 1.1 to custom origins.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set customOriginConfig.originSslProtocols to ["TLSv1.2"].',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  config: {
    deniedProtocols: {
      type: "array",
      items: { type: "string" },
      description: "originSslProtocols values that are reported.",
      default: ["SSLv3", "TLSv1", "TLSv1.1"],
    },
  },
  validateResource: ({ props, config }, report) => {
    const denied: readonly string[] = config.deniedProtocols;
    const { origins, unknown } = awsCloudFront.origins(props);
    if (unknown) requireKnown(props, "origins");
    for (const { path, origin } of origins) {
      const list = peekItems<unknown>(origin, "customOriginConfig.originSslProtocols");
      if (list.unknown) requireKnown(origin, "customOriginConfig.originSslProtocols");
      const bad = list.known.filter((p): p is string => typeof p === "string" && denied.includes(p));
      if (bad.length) report(msg`${path}.customOriginConfig.originSslProtocols includes ${bad.join(", ")}. Allow only "TLSv1.2".`);
    }
  },
});
