import { peek, peekItems, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyResource } from "@pulumi/policy";

const REPO = "aws:ecr/repository:Repository";
const REGISTRY_SCANNING = "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration";

/** `*` wildcard match of an ECR repository filter (filterType WILDCARD). */
function wildcardMatch(filter: string, name: string): boolean {
  const re = new RegExp(
    `^${filter
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return re.test(name);
}

/**
 * Whether a registry scanning configuration scans `repo`: "yes", "no" or "unknown". A rule with
 * scanFrequency SCAN_ON_PUSH or CONTINUOUS_SCAN covers repositories matching one of its
 * `repositoryFilters` (WILDCARD). Shapes: ecr/registryScanningConfiguration.d.ts.
 */
function registryCovers(cfg: PolicyResource, repo: PolicyResource): "yes" | "no" | "unknown" {
  const rules = peekItems<unknown>(cfg.props, "rules");
  let unknown = rules.unknown;
  const name = peek<unknown>(repo.props, "name");
  for (const rule of rules.known) {
    const freq = peek<unknown>(rule, "scanFrequency");
    if (freq.state === "unknown") {
      unknown = true;
      continue;
    }
    if (freq.state !== "known" || typeof freq.value !== "string" || !["SCAN_ON_PUSH", "CONTINUOUS_SCAN"].includes(freq.value)) continue;
    const filters = peekItems<unknown>(rule, "repositoryFilters");
    if (filters.unknown) unknown = true;
    for (const f of filters.known) {
      const pattern = peek<unknown>(f, "filter");
      if (pattern.state === "unknown") unknown = true;
      else if (pattern.state === "known" && typeof pattern.value === "string") {
        if (pattern.value === "*") return "yes";
        if (name.state === "unknown") unknown = true;
        else if (name.state === "known" && typeof name.value === "string" && wildcardMatch(pattern.value, name.value)) return "yes";
      }
    }
  }
  return unknown ? "unknown" : "no";
}

/**
 * ECR repositories must scan images: `imageScanningConfiguration.scanOnPush` on the repository,
 * or a registry scanning configuration in the stack whose rules cover it. Stack policy, because
 * the registry-level setting lives on its own resource. Advisory by default: a registry scanning
 * configuration (or Amazon Inspector) may be managed outside this stack.
 */
export default awsPolicy({
  name: "aws-ecr-require-image-scanning",
  description: "ECR repositories must scan images for vulnerabilities (scan on push or registry scanning).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `imageScanningConfiguration: { scanOnPush: true }` on the repository, or add an aws.ecr.RegistryScanningConfiguration with a rule (scanFrequency SCAN_ON_PUSH or CONTINUOUS_SCAN) whose repository filter matches it.",
  url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
  resourceTypes: [REPO, REGISTRY_SCANNING],
  validateStack: ({ index }, report) => {
    const registry = index.ofType(REGISTRY_SCANNING);
    for (const repo of index.ofType(REPO)) {
      const scan = peek<boolean>(repo.props, "imageScanningConfiguration.scanOnPush");
      if (scan.state === "known" && scan.value === true) continue;
      const covers = registry.map((r) => registryCovers(r, repo));
      if (covers.includes("yes")) continue;
      if (scan.state === "unknown" || covers.includes("unknown")) {
        report.unknown(msg`Repository "${repo.name}": whether its images are scanned is not known yet.`, repo.urn);
        continue;
      }
      report(
        msg`Repository "${repo.name}" does not scan images: imageScanningConfiguration.scanOnPush is not true and no registry scanning rule in the stack covers it. Set scanOnPush to true or add a RegistryScanningConfiguration rule.`,
        repo.urn,
      );
    }
  },
});
