import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const REPO = "aws:ecr/repository:Repository";
const LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";

/**
 * Every ECR repository should have a lifecycle policy (`aws:ecr/lifecyclePolicy:LifecyclePolicy`,
 * linked through its `repository` = the repository's name, or its property dependency during
 * preview), so old and untagged images expire.
 */
export default awsPolicy({
  name: "aws-ecr-require-lifecycle-policy",
  description: "ECR repositories should have a lifecycle policy that expires old images.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add an aws.ecr.LifecyclePolicy for the repository, e.g. a rule that expires untagged images after 14 days and keeps only the last N tagged images.",
  url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html",
  resourceTypes: [REPO, LIFECYCLE],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: [REPO], companionTypes: [LIFECYCLE], linkProperty: "repository", targetKeys: ["name", "id"] });
    for (const repo of index.ofType(REPO)) {
      if (links.byTarget.get(repo.urn)?.length) continue;
      if (links.unresolved.length) {
        report.unknown(msg`Repository "${repo.name}": a LifecyclePolicy whose repository is not known yet may belong to it.`, repo.urn);
        continue;
      }
      report(msg`Repository "${repo.name}" has no LifecyclePolicy. Add an aws.ecr.LifecyclePolicy that expires untagged and old images.`, repo.urn);
    }
  },
});
