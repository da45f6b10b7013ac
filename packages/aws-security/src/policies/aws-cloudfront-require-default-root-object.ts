import { awsCloudFront, isSet, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * CloudFront distributions with an S3 origin should set `defaultRootObject` (e.g. "index.html"), so
 * a request for the root does not return the bucket listing or an error from the origin.
 */
export default awsPolicy({
  name: "aws-cloudfront-require-default-root-object",
  description: "CloudFront distributions with S3 origins should have a default root object.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set defaultRootObject (e.g. "index.html") on the distribution.',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  validateResource: ({ props }, report) => {
    if (isSet(props, "defaultRootObject")) return;
    const { origins, unknown } = awsCloudFront.origins(props);
    const kinds = origins.map((o) => awsCloudFront.isS3Origin(o.origin));
    if (kinds.includes(true)) {
      report('defaultRootObject is not set on a distribution with an S3 origin. Set it, e.g. to "index.html".');
      return;
    }
    if (unknown || kinds.includes("unknown")) requireKnown(props, "origins");
  },
});
