import { msg } from "@rampart/policy-core";
import { requireCompanion } from "../lib/companions";
import { awsPolicy } from "../policy";

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
  ...requireCompanion({
    target: "aws:ecr/repository:Repository",
    companion: "aws:ecr/lifecyclePolicy:LifecyclePolicy",
    linkProperty: "repository",
    targetKeys: ["name", "id"],
    missing: (repo) => msg`Repository "${repo.name}" has no LifecyclePolicy. Add an aws.ecr.LifecyclePolicy that expires untagged and old images.`,
    unresolved: (repo) => msg`Repository "${repo.name}": a LifecyclePolicy whose repository is not known yet may belong to it.`,
  }),
});
