import { awsCloudFront, peek, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** CloudFront cache behaviors (default and ordered) must not allow plain HTTP: `viewerProtocolPolicy` not "allow-all". */
export default awsPolicy({
  name: "aws-cloudfront-require-https-viewer",
  description: "CloudFront distributions must require HTTPS between viewers and CloudFront.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: 'Set viewerProtocolPolicy to "redirect-to-https" (or "https-only") on the default and every ordered cache behavior.',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  validateResource: ({ props }, report) => {
    const { behaviors, unknown } = awsCloudFront.cacheBehaviors(props);
    let hits = 0;
    let pending = unknown;
    for (const { path, behavior } of behaviors) {
      const v = peek<string>(behavior, "viewerProtocolPolicy");
      if (v.state === "unknown") pending = true;
      if (v.state === "known" && v.value === "allow-all") {
        hits++;
        report(msg`${path}.viewerProtocolPolicy is "allow-all", so viewers can use plain HTTP. Set it to "redirect-to-https" or "https-only".`);
      }
    }
    if (!hits && pending) {
      requireKnown(props, "defaultCacheBehavior");
      requireKnown(props, "orderedCacheBehaviors");
    }
  },
});
