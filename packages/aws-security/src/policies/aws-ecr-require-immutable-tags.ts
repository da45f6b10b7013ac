import { msg } from "@rampart/policy-core";
import { checkValue } from "../lib/flags";
import { awsPolicy } from "../policy";

const IMMUTABLE = ["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"];

/**
 * ECR repositories should make image tags immutable. `imageTagMutability` is one of MUTABLE
 * (default), IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION (ecr/repository.d.ts).
 */
export default awsPolicy({
  name: "aws-ecr-require-immutable-tags",
  description: "ECR repositories should have immutable image tags.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `imageTagMutability: "IMMUTABLE"` (or "IMMUTABLE_WITH_EXCLUSION" with `imageTagMutabilityExclusionFilters` for tags such as `latest`) so a pushed tag cannot be overwritten.',
  url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
  resourceTypes: ["aws:ecr/repository:Repository"],
  validateResource: checkValue("imageTagMutability", (m) => {
    if (m.state === "absent")
      return 'imageTagMutability is not set, so tags are MUTABLE (the default) and can be overwritten. Set imageTagMutability to "IMMUTABLE".';
    if (!IMMUTABLE.includes(m.value as string))
      return msg`imageTagMutability is ${JSON.stringify(m.value)}, so tags can be overwritten. Set it to "IMMUTABLE" or "IMMUTABLE_WITH_EXCLUSION".`;
    return undefined;
  }),
});
