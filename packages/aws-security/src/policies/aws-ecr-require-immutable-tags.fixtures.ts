import { fixtures, unknown } from "@rampart/policy-testing";

const R = "aws:ecr/repository:Repository";

export default fixtures([
  { name: "immutable tags", expect: "pass", resource: { type: R, props: { imageTagMutability: "IMMUTABLE" } } },
  {
    name: "immutable with an exclusion for latest",
    expect: "pass",
    resource: {
      type: R,
      props: { imageTagMutability: "IMMUTABLE_WITH_EXCLUSION", imageTagMutabilityExclusionFilters: [{ filter: "latest", filterType: "WILDCARD" }] },
    },
  },
  { name: "default (mutable)", expect: "violate", message: "imageTagMutability is not set", resource: { type: R, props: { name: "app" } } },
  {
    name: "explicitly MUTABLE_WITH_EXCLUSION",
    expect: "violate",
    message: 'imageTagMutability is "MUTABLE_WITH_EXCLUSION"',
    resource: { type: R, props: { imageTagMutability: "MUTABLE_WITH_EXCLUSION" } },
  },
  { name: "mutability unknown during preview", expect: "unknown", resource: { type: R, props: { imageTagMutability: unknown() } } },
  {
    name: "lifecycle policy is not a repository",
    expect: "not-applicable",
    resource: { type: "aws:ecr/lifecyclePolicy:LifecyclePolicy", props: { repository: "app", policy: "{}" } },
  },
]);
