import { fixtures, unknown } from "@rampart/policy-testing";

const REPO = "aws:ecr/repository:Repository";
const REG = "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration";

export default fixtures([
  {
    name: "repository with scan on push",
    expect: "pass",
    resources: [{ type: REPO, name: "app", props: { name: "app", imageScanningConfiguration: { scanOnPush: true } } }],
  },
  {
    name: "registry enhanced scanning for every repository",
    expect: "pass",
    resources: [
      { type: REPO, name: "app", props: { name: "app" } },
      {
        type: REG,
        name: "reg",
        props: { scanType: "ENHANCED", rules: [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] }] },
      },
    ],
  },
  {
    name: "registry rule with a matching prefix filter",
    expect: "pass",
    resources: [
      { type: REPO, name: "app", props: { name: "prod-app" } },
      {
        type: REG,
        name: "reg",
        props: { scanType: "BASIC", rules: [{ scanFrequency: "SCAN_ON_PUSH", repositoryFilters: [{ filter: "prod-*", filterType: "WILDCARD" }] }] },
      },
    ],
  },
  {
    name: "repository without scanning",
    expect: "violate",
    target: "app",
    message: 'Repository "app" does not scan images',
    resources: [{ type: REPO, name: "app", props: { name: "app", imageScanningConfiguration: { scanOnPush: false } } }],
  },
  {
    name: "registry rule for other repositories",
    expect: "violate",
    target: "app",
    message: "no registry scanning rule",
    resources: [
      { type: REPO, name: "app", props: { name: "dev-app" } },
      {
        type: REG,
        name: "reg",
        props: { scanType: "BASIC", rules: [{ scanFrequency: "SCAN_ON_PUSH", repositoryFilters: [{ filter: "prod-*", filterType: "WILDCARD" }] }] },
      },
    ],
  },
  {
    name: "scanOnPush unknown during preview",
    expect: "unknown",
    resources: [{ type: REPO, name: "app", props: { name: "app", imageScanningConfiguration: { scanOnPush: unknown() } } }],
  },
  {
    name: "registry filter of the wrong type does not throw",
    expect: "violate",
    target: "app",
    message: "no registry scanning rule",
    resources: [
      { type: REPO, name: "app", props: { name: "app" } },
      {
        type: REG,
        name: "reg",
        props: { scanType: "BASIC", rules: [{ scanFrequency: "SCAN_ON_PUSH", repositoryFilters: [{ filter: ["app"], filterType: "WILDCARD" }] }] },
      },
    ],
  },
]);
