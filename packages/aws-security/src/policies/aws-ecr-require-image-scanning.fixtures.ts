import { fixtures, unknown } from "@rampart/policy-testing";

/** The repository "app" whose repository name is `name`; `extra` adds properties (imageScanningConfiguration). */
const repo = (name: string, extra: Record<string, unknown> = {}) => ({ type: "aws:ecr/repository:Repository", name: "app", props: { name, ...extra } });
/** The registry scanning configuration "reg" of `scanType` with one rule of `scanFrequency` for the WILDCARD `filter`. */
const registry = (scanType: string, scanFrequency: string, filter: unknown) => ({
  type: "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration",
  name: "reg",
  props: { scanType, rules: [{ scanFrequency, repositoryFilters: [{ filter, filterType: "WILDCARD" }] }] },
});

export default fixtures([
  { name: "repository with scan on push", expect: "pass", resources: [repo("app", { imageScanningConfiguration: { scanOnPush: true } })] },
  { name: "registry enhanced scanning for every repository", expect: "pass", resources: [repo("app"), registry("ENHANCED", "CONTINUOUS_SCAN", "*")] },
  { name: "registry rule with a matching prefix filter", expect: "pass", resources: [repo("prod-app"), registry("BASIC", "SCAN_ON_PUSH", "prod-*")] },
  {
    name: "repository without scanning",
    expect: "violate",
    target: "app",
    message: 'Repository "app" does not scan images',
    resources: [repo("app", { imageScanningConfiguration: { scanOnPush: false } })],
  },
  {
    name: "registry rule for other repositories",
    expect: "violate",
    target: "app",
    message: "no registry scanning rule",
    resources: [repo("dev-app"), registry("BASIC", "SCAN_ON_PUSH", "prod-*")],
  },
  { name: "scanOnPush unknown during preview", expect: "unknown", resources: [repo("app", { imageScanningConfiguration: { scanOnPush: unknown() } })] },
  {
    name: "registry filter of the wrong type does not throw",
    expect: "violate",
    target: "app",
    message: "no registry scanning rule",
    resources: [repo("app"), registry("BASIC", "SCAN_ON_PUSH", ["app"])],
  },
]);
