import { awsCloudFront, isSet, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * CloudFront S3 origins must use origin access control (`originAccessControlId`); a legacy origin
 * access identity (`s3OriginConfig.originAccessIdentity`) or no access control at all is reported.
 * S3 website endpoints are custom origins and are skipped.
 */
export default awsPolicy({
  name: "aws-cloudfront-require-origin-access-control",
  description: "CloudFront distributions with S3 origins must use origin access control (OAC).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Create an aws.cloudfront.OriginAccessControl (originAccessControlOriginType "s3", signingBehavior "always", signingProtocol "sigv4"), set the origin\'s originAccessControlId to its id, set s3OriginConfig.originAccessIdentity to "" and allow the distribution in the bucket policy with an AWS:SourceArn condition.',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  validateResource: ({ props }, report) => {
    const { origins, unknown } = awsCloudFront.origins(props);
    if (unknown) requireKnown(props, "origins");
    for (const { path, origin } of origins) {
      const s3 = awsCloudFront.isS3Origin(origin);
      if (s3 === "unknown") requireKnown(origin, "domainName");
      if (s3 !== true || isSet(origin, "originAccessControlId")) continue;
      const oai = peekForVerdict<string>(origin, "s3OriginConfig.originAccessIdentity");
      if (oai.state === "known" && oai.value !== "")
        report(
          msg`${path} uses a legacy origin access identity (s3OriginConfig.originAccessIdentity). Switch to origin access control: set originAccessControlId.`,
        );
      else
        report(msg`${path} is an S3 origin without origin access control, so the bucket must be public for CloudFront to read it. Set originAccessControlId.`);
    }
  },
});
