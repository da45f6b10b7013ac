import { awsCloudFront, peek, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * CloudFront must use HTTPS to custom origins: `customOriginConfig.originProtocolPolicy`
 * "https-only"; "http-only" is reported, and "match-viewer" when a cache behavior routing to the
 * origin lets viewers use HTTP (viewerProtocolPolicy "allow-all").
 */
export default awsPolicy({
  name: "aws-cloudfront-require-https-origin",
  description: "CloudFront distributions must encrypt traffic to custom origins (HTTPS).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set customOriginConfig.originProtocolPolicy to "https-only" (with originSslProtocols ["TLSv1.2"]) and serve the origin with a valid certificate.',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  validateResource: ({ props }, report) => {
    const { origins, unknown } = awsCloudFront.origins(props);
    if (unknown) requireKnown(props, "origins");
    const behaviors = awsCloudFront.cacheBehaviors(props);
    for (const { path, origin } of origins) {
      const policy = peekForVerdict<string>(origin, "customOriginConfig.originProtocolPolicy");
      if (policy.state !== "known") continue;
      if (policy.value === "http-only") {
        report(msg`${path}.customOriginConfig.originProtocolPolicy is "http-only", so CloudFront fetches from the origin unencrypted. Set it to "https-only".`);
        continue;
      }
      if (policy.value !== "match-viewer") continue;
      const id = peek(origin, "originId");
      let httpViewers = false;
      let pending = behaviors.unknown || id.state !== "known";
      for (const { behavior } of behaviors.behaviors) {
        const target = peek(behavior, "targetOriginId");
        const vpp = peek(behavior, "viewerProtocolPolicy");
        if (target.state === "unknown" || vpp.state === "unknown") pending = true;
        if (id.state === "known" && target.state === "known" && target.value === id.value && vpp.state === "known" && vpp.value === "allow-all")
          httpViewers = true;
      }
      if (httpViewers)
        report(
          msg`${path}.customOriginConfig.originProtocolPolicy is "match-viewer" and a cache behavior for this origin allows HTTP viewers, so origin traffic can be unencrypted. Set it to "https-only".`,
        );
      else if (pending) requireKnown(props, "defaultCacheBehavior");
    }
  },
});
