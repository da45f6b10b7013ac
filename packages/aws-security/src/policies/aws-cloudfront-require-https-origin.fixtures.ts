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
const custom = (originProtocolPolicy: unknown) => ({ originId: "api", domainName: "api.example.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy, originSslProtocols: ["TLSv1.2"] } });
const apiBehavior = { ...behavior, targetOriginId: "api" };

export default fixtures([
  { name: "https-only custom origin", expect: "pass", resource: { type: D, props: { ...base, origins: [custom("https-only")], defaultCacheBehavior: apiBehavior } } },
  { name: "match-viewer with HTTPS-only viewers", expect: "pass", resource: { type: D, props: { ...base, origins: [custom("match-viewer")], defaultCacheBehavior: apiBehavior } } },
  { name: "S3 origin has no origin protocol policy", expect: "pass", resource: { type: D, props: base } },
  { name: "http-only custom origin", expect: "violate", message: 'origins[0].customOriginConfig.originProtocolPolicy is "http-only"', resource: { type: D, props: { ...base, origins: [custom("http-only")], defaultCacheBehavior: apiBehavior } } },
  { name: "match-viewer with HTTP viewers", expect: "violate", message: '"match-viewer" and a cache behavior for this origin allows HTTP viewers', resource: { type: D, props: { ...base, origins: [custom("match-viewer")], defaultCacheBehavior: { ...apiBehavior, viewerProtocolPolicy: "allow-all" } } } },
  { name: "origin protocol policy unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, origins: [custom(unknown())], defaultCacheBehavior: apiBehavior } } },
]);
