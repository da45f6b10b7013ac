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
  { name: "S3 origin with index.html", expect: "pass", resource: { type: D, props: { ...base, defaultRootObject: "index.html" } } },
  { name: "custom origin only", expect: "pass", resource: { type: D, props: { ...base, origins: [{ originId: "api", domainName: "api.example.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] } }] } } },
  { name: "S3 origin without root object", expect: "violate", message: "defaultRootObject is not set", resource: { type: D, props: base } },
  { name: "origin domain unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, origins: [{ originId: "o", domainName: unknown() }] } } },
]);
