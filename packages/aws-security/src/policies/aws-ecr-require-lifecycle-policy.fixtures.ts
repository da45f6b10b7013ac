import { fixtures, unknown } from "@rampart/policy-testing";

const REPO = "aws:ecr/repository:Repository";
const LC = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
const POLICY = JSON.stringify({
  rules: [
    { rulePriority: 1, selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 14 }, action: { type: "expire" } },
  ],
});

export default fixtures([
  {
    name: "repository with a lifecycle policy by name",
    expect: "pass",
    resources: [
      { type: REPO, name: "app", props: { name: "app" } },
      { type: LC, name: "app-lc", props: { repository: "app", policy: POLICY } },
    ],
  },
  {
    name: "lifecycle policy linked by property dependency during preview",
    expect: "pass",
    resources: [
      { type: REPO, name: "app", props: { name: unknown() } },
      { type: LC, name: "app-lc", props: { repository: unknown(), policy: POLICY }, propertyDependencies: { repository: ["app"] } },
    ],
  },
  {
    name: "repository without a lifecycle policy",
    expect: "violate",
    target: "app",
    message: 'Repository "app" has no LifecyclePolicy',
    resources: [{ type: REPO, name: "app", props: { name: "app" } }],
  },
  {
    name: "lifecycle policy for another repository",
    expect: "violate",
    target: "web",
    message: 'Repository "web" has no LifecyclePolicy',
    resources: [
      { type: REPO, name: "app", props: { name: "app" } },
      { type: REPO, name: "web", props: { name: "web" } },
      { type: LC, name: "app-lc", props: { repository: "app", policy: POLICY } },
    ],
  },
  {
    name: "lifecycle policy with an unresolvable repository",
    expect: "unknown",
    resources: [
      { type: REPO, name: "app", props: { name: "app" } },
      { type: LC, name: "lc", props: { repository: unknown(), policy: POLICY } },
    ],
  },
]);
