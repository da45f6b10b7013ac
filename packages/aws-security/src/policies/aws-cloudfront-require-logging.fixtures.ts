import { fixtures, unknown } from "@rampart/policy-testing";

const D = "aws:cloudfront/distribution:Distribution";
const s3Origin = { originId: "s3", domainName: "site.s3.us-east-1.amazonaws.com", originAccessControlId: "E2OAC" };
const behavior = { targetOriginId: "s3", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] };
const base = {
  enabled: true,
  origins: [s3Origin],
  defaultCacheBehavior: behavior,
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/c", sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" },
};

export default fixtures([
  { name: "logging to a bucket", expect: "pass", resource: { type: D, props: { ...base, loggingConfig: { bucket: "logs.s3.amazonaws.com", prefix: "cdn/" } } } },
  { name: "bucket unknown during preview is still logging", expect: "pass", resource: { type: D, props: { ...base, loggingConfig: { bucket: unknown() } } } },
  { name: "no logging", expect: "violate", message: "loggingConfig.bucket is not set", resource: { type: D, props: base } },
  { name: "logging config unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, loggingConfig: unknown() } } },
]);
