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
  { name: "web ACL associated", expect: "pass", resource: { type: D, props: { ...base, webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc" } } },
  { name: "web ACL unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, webAclId: unknown() } } },
  { name: "empty web ACL id", expect: "violate", message: "webAclId is not set", resource: { type: D, props: { ...base, webAclId: "" } } },
  { name: "no web ACL", expect: "violate", message: "webAclId is not set", resource: { type: D, props: base } },
  { name: "origins unknown do not matter", expect: "pass", resource: { type: D, props: { ...base, origins: unknown(), webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc" } } },
]);
