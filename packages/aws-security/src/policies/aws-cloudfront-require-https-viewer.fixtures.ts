import { fixtures, unknown } from "@rampart/policy-testing";
import { D, behavior, base } from "../fixture-data/cloudfront";

export default fixtures([
  {
    name: "redirect-to-https everywhere",
    expect: "pass",
    resource: { type: D, props: { ...base, orderedCacheBehaviors: [{ ...behavior, pathPattern: "/api/*", viewerProtocolPolicy: "https-only" }] } },
  },
  {
    name: "default behavior allows HTTP",
    expect: "violate",
    message: 'defaultCacheBehavior.viewerProtocolPolicy is "allow-all"',
    resource: { type: D, props: { ...base, defaultCacheBehavior: { ...behavior, viewerProtocolPolicy: "allow-all" } } },
  },
  {
    name: "ordered behavior allows HTTP",
    expect: "violate",
    message: "orderedCacheBehaviors[1].viewerProtocolPolicy",
    resource: {
      type: D,
      props: {
        ...base,
        orderedCacheBehaviors: [
          { ...behavior, pathPattern: "/a/*" },
          { ...behavior, pathPattern: "/b/*", viewerProtocolPolicy: "allow-all" },
        ],
      },
    },
  },
  {
    name: "policy unknown during preview",
    expect: "unknown",
    resource: { type: D, props: { ...base, defaultCacheBehavior: { ...behavior, viewerProtocolPolicy: unknown() } } },
  },
  { name: "not a distribution", expect: "not-applicable", resource: { type: "aws:cloudfront/originAccessControl:OriginAccessControl", props: {} } },
]);
