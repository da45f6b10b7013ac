import { ENVIRONMENT_CONFIG } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { sizeNameCapConfig } from "../lib/cap";
import { patternListConfig, validateOffering } from "../lib/offering";
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
    ...patternListConfig("InstanceClasses", {
      noun: ["DB instance classes", "class"],
      examples: '["db.t4g.*", "db.r7g.*"]',
      blockedWhat: "high-memory (x1, x1e, x2, z1d) and bare-metal classes",
      blocked: ["db.x*", "db.z1d.*", "*.metal*"],
    }),
    ...sizeNameCapConfig("maxSize", {
      what: "Largest DB instance size",
      note: "micro … <N>xlarge",
      pattern: SIZE,
      production: "8xlarge",
      nonProduction: "large",
    }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: validateOffering("instanceClass", {
    lists: "InstanceClasses",
    cap: "maxSize",
    sizeOf: awsSizeUnits,
    capSize: (s) => awsSizeUnits(String(s)),
    advice: "Choose a smaller class of a current family (db.t4g, db.m7g, db.r7g).",
  }),
});
