import { ENVIRONMENT_CONFIG, peek, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";
import { checkOffering } from "../lib/offering";
import { awsSizeUnits } from "../lib/sizes";

const SIZE = "^(micro|small|medium|large|xlarge|[0-9]+xlarge|metal)$";

/** RDS and Aurora instances must use an allowed instance class no larger than the stack's cap. */
export default costPolicy({
  name: "aws-rds-allowed-instance-classes",
  description:
    "RDS and Aurora instances use an allowed DB instance class: no high-memory or bare-metal class unless allowed, and no size above the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Choose a smaller class of a current family (db.t4g for dev/test, db.m7g or db.r7g for production) sized to the measured load, list approved classes in allowedInstanceClasses, or raise maxSize / nonProductionMaxSize for the stack.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html",
  tags: ["database"],
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/clusterInstance:ClusterInstance"],
  config: {
    allowedInstanceClasses: {
      type: "array",
      items: { type: "string" },
      description: 'Glob patterns of allowed DB instance classes (e.g. ["db.t4g.*", "db.r7g.*"]). Empty allows every class that is not blocked.',
      default: [] as string[],
    },
    blockedInstanceClasses: {
      type: "array",
      items: { type: "string" },
      description: "Glob patterns of DB instance classes blocked unless allowed: high-memory (x1, x1e, x2, z1d) and bare-metal classes.",
      default: ["db.x*", "db.z1d.*", "*.metal*"],
    },
    maxSize: { type: "string", pattern: SIZE, description: "Largest DB instance size on production stacks (micro … <N>xlarge).", default: "8xlarge" },
    nonProductionMaxSize: { type: "string", pattern: SIZE, description: "Largest DB instance size on non-production stacks.", default: "large" },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const c = peek<string>(props, "instanceClass");
    if (c.state === "unknown") return requireKnown(props, "instanceClass");
    if (c.state !== "known" || typeof c.value !== "string") return;
    checkOffering(
      {
        value: c.value,
        path: "instanceClass",
        allowed: config.allowedInstanceClasses,
        allowedKey: "allowedInstanceClasses",
        blocked: config.blockedInstanceClasses,
        blockedKey: "blockedInstanceClasses",
        cap: limitFor({ urn, stackTags }, config, "maxSize"),
        sizeOf: awsSizeUnits,
        capSize: (s) => awsSizeUnits(String(s)),
        advice: "Choose a smaller class of a current family (db.t4g, db.m7g, db.r7g).",
      },
      report,
    );
  },
});
