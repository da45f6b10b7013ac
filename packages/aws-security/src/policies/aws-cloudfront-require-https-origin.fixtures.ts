import { fixtures, unknown } from "@rampart/policy-testing";
import { behavior, distribution } from "../fixture-data/cloudfront";

const custom = (originProtocolPolicy: unknown) => ({
  originId: "api",
  domainName: "api.example.com",
  customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy, originSslProtocols: ["TLSv1.2"] },
});
const apiBehavior = { ...behavior, targetOriginId: "api" };

export default fixtures([
  { name: "https-only custom origin", expect: "pass", resource: distribution({ origins: [custom("https-only")], defaultCacheBehavior: apiBehavior }) },
  {
    name: "match-viewer with HTTPS-only viewers",
    expect: "pass",
    resource: distribution({ origins: [custom("match-viewer")], defaultCacheBehavior: apiBehavior }),
  },
  { name: "S3 origin has no origin protocol policy", expect: "pass", resource: distribution() },
  {
    name: "http-only custom origin",
    expect: "violate",
    message: 'origins[0].customOriginConfig.originProtocolPolicy is "http-only"',
    resource: distribution({ origins: [custom("http-only")], defaultCacheBehavior: apiBehavior }),
  },
  {
    name: "match-viewer with HTTP viewers",
    expect: "violate",
    message: '"match-viewer" and a cache behavior for this origin allows HTTP viewers',
    resource: distribution({ origins: [custom("match-viewer")], defaultCacheBehavior: { ...apiBehavior, viewerProtocolPolicy: "allow-all" } }),
  },
  {
    name: "origin protocol policy unknown during preview",
    expect: "unknown",
    resource: distribution({ origins: [custom(unknown())], defaultCacheBehavior: apiBehavior }),
  },
]);
