import { fixtures, unknown } from "@rampart/policy-testing";

const D = "aws:cloudfront/distribution:Distribution";

export default fixtures([
  { name: "PriceClass_100 in dev", expect: "pass", resource: { type: D, props: { enabled: true, priceClass: "PriceClass_100" } } },
  {
    name: "PriceClass_All in production",
    expect: "pass",
    config: { productionStackPattern: "^dev$" },
    resource: { type: D, props: { enabled: true, priceClass: "PriceClass_All" } },
  },
  {
    name: "PriceClass_All in dev",
    expect: "violate",
    message: 'priceClass is "PriceClass_All", not in nonProductionAllowedPriceClasses',
    resource: { type: D, props: { enabled: true, priceClass: "PriceClass_All" } },
  },
  { name: "default price class in dev", expect: "violate", message: "not set", resource: { type: D, props: { enabled: true } } },
  {
    name: "configured non-production classes",
    expect: "pass",
    config: { nonProductionAllowedPriceClasses: ["PriceClass_100", "PriceClass_200"] },
    resource: { type: D, props: { enabled: true, priceClass: "PriceClass_200" } },
  },
  {
    name: "price class of the wrong type (the provider rejects it; not a cost finding)",
    expect: "pass",
    resource: { type: D, props: { enabled: true, priceClass: 100 } },
  },
  { name: "price class unknown", expect: "unknown", resource: { type: D, props: { enabled: true, priceClass: unknown() } } },
]);
