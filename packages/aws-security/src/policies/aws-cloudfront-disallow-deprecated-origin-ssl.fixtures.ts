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
const custom = (originSslProtocols: unknown) => ({ originId: "api", domainName: "api.example.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols } });

export default fixtures([
  { name: "TLSv1.2 only", expect: "pass", resource: { type: D, props: { ...base, origins: [custom(["TLSv1.2"])] } } },
  { name: "S3 origin only", expect: "pass", resource: { type: D, props: base } },
  { name: "SSLv3 offered", expect: "violate", message: "originSslProtocols includes SSLv3", resource: { type: D, props: { ...base, origins: [s3Origin, custom(["SSLv3", "TLSv1.2"])] } } },
  { name: "TLSv1 and TLSv1.1 offered", expect: "violate", message: "includes TLSv1, TLSv1.1", resource: { type: D, props: { ...base, origins: [custom(["TLSv1", "TLSv1.1", "TLSv1.2"])] } } },
  { name: "TLSv1.1 allowed by config", expect: "pass", config: { deniedProtocols: ["SSLv3"] }, resource: { type: D, props: { ...base, origins: [custom(["TLSv1.1", "TLSv1.2"])] } } },
  { name: "protocols unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, origins: [custom(unknown())] } } },
]);
