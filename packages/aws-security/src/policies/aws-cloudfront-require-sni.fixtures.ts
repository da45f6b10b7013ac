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
  { name: "sni-only", expect: "pass", resource: { type: D, props: base } },
  { name: "default certificate", expect: "pass", resource: { type: D, props: { ...base, viewerCertificate: { cloudfrontDefaultCertificate: true } } } },
  { name: "dedicated IP", expect: "violate", message: 'sslSupportMethod is "vip"', resource: { type: D, props: { ...base, viewerCertificate: { ...base.viewerCertificate, sslSupportMethod: "vip", minimumProtocolVersion: "TLSv1" } } } },
  { name: "method unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, viewerCertificate: { ...base.viewerCertificate, sslSupportMethod: unknown() } } } },
]);
