import { fixtures, unknown } from "@rampart/policy-testing";
import { behavior, distribution } from "../fixture-data/cloudfront";

export default fixtures([
  {
    name: "redirect-to-https everywhere",
    expect: "pass",
    resource: distribution({ orderedCacheBehaviors: [{ ...behavior, pathPattern: "/api/*", viewerProtocolPolicy: "https-only" }] }),
  },
  {
    name: "default behavior allows HTTP",
    expect: "violate",
    message: 'defaultCacheBehavior.viewerProtocolPolicy is "allow-all"',
    resource: distribution({ defaultCacheBehavior: { ...behavior, viewerProtocolPolicy: "allow-all" } }),
  },
  {
    name: "ordered behavior allows HTTP",
    expect: "violate",
    message: "orderedCacheBehaviors[1].viewerProtocolPolicy",
    resource: distribution({
      orderedCacheBehaviors: [
        { ...behavior, pathPattern: "/a/*" },
        { ...behavior, pathPattern: "/b/*", viewerProtocolPolicy: "allow-all" },
      ],
    }),
  },
  {
    name: "policy unknown during preview",
    expect: "unknown",
    resource: distribution({ defaultCacheBehavior: { ...behavior, viewerProtocolPolicy: unknown() } }),
  },
  { name: "not a distribution", expect: "not-applicable", resource: { type: "aws:cloudfront/originAccessControl:OriginAccessControl", props: {} } },
]);
