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
  { name: "redirect-to-https everywhere", expect: "pass", resource: { type: D, props: { ...base, orderedCacheBehaviors: [{ ...behavior, pathPattern: "/api/*", viewerProtocolPolicy: "https-only" }] } } },
  { name: "default behavior allows HTTP", expect: "violate", message: 'defaultCacheBehavior.viewerProtocolPolicy is "allow-all"', resource: { type: D, props: { ...base, defaultCacheBehavior: { ...behavior, viewerProtocolPolicy: "allow-all" } } } },
  { name: "ordered behavior allows HTTP", expect: "violate", message: "orderedCacheBehaviors[1].viewerProtocolPolicy", resource: { type: D, props: { ...base, orderedCacheBehaviors: [{ ...behavior, pathPattern: "/a/*" }, { ...behavior, pathPattern: "/b/*", viewerProtocolPolicy: "allow-all" }] } } },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, defaultCacheBehavior: { ...behavior, viewerProtocolPolicy: unknown() } } } },
  { name: "not a distribution", expect: "not-applicable", resource: { type: "aws:cloudfront/originAccessControl:OriginAccessControl", props: {} } },
]);
