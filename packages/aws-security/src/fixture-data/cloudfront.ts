/**
 * Test data shared by the CloudFront policies' fixtures: a well-configured distribution (S3 origin
 * behind origin access control, HTTPS viewers, an ACM certificate with SNI and TLSv1.2_2021) that
 * each fixture varies in the one setting its policy checks.
 */
export const D = "aws:cloudfront/distribution:Distribution";
export const s3Origin = { originId: "s3", domainName: "site.s3.us-east-1.amazonaws.com", originAccessControlId: "E2OAC" };
export const behavior = { targetOriginId: "s3", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] };
export const base = {
  enabled: true,
  origins: [s3Origin],
  defaultCacheBehavior: behavior,
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/c", sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" },
};

/** The well-configured distribution (`base`) as a fixture resource, with `overrides` on top of its properties. */
export function distribution(overrides: Record<string, unknown> = {}): { type: string; props: Record<string, unknown> } {
  return { type: D, props: { ...base, ...overrides } };
}

/**
 * A custom (non-S3) origin "api" at api.example.com, HTTPS only with TLSv1.2 to the origin;
 * `config` replaces fields of its customOriginConfig (originProtocolPolicy, originSslProtocols, ...).
 */
export function customOrigin(config: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    originId: "api",
    domainName: "api.example.com",
    customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"], ...config },
  };
}
