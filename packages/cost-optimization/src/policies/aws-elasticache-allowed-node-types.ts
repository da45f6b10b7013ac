import { ENVIRONMENT_CONFIG } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { sizeNameCapConfig } from "../lib/cap";
import { patternListConfig, validateOffering } from "../lib/offering";
import { awsSizeUnits } from "../lib/sizes";

const SIZE = "^(micro|small|medium|large|xlarge|[0-9]+xlarge)$";

/** ElastiCache clusters and replication groups must use an allowed node type within the stack's cap. */
export default costPolicy({
  name: "aws-elasticache-allowed-node-types",
  description: "ElastiCache clusters and replication groups use an allowed, current-generation node type no larger than the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Choose a current node type sized to the data set (cache.t4g for dev/test, cache.m7g or cache.r7g for production), or ElastiCache Serverless; list approved types in allowedNodeTypes or raise maxSize / nonProductionMaxSize.",
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html",
  tags: ["database"],
  resourceTypes: ["aws:elasticache/cluster:Cluster", "aws:elasticache/replicationGroup:ReplicationGroup"],
  config: {
    ...patternListConfig("NodeTypes", {
      noun: ["node types", "type"],
      examples: '["cache.t4g.*"]',
      blockedWhat: "previous generations (t1, t2, m1-m4, c1, r3, r4)",
      blocked: ["cache.t1.*", "cache.t2.*", "cache.m1.*", "cache.m2.*", "cache.m3.*", "cache.m4.*", "cache.c1.*", "cache.r3.*", "cache.r4.*"],
    }),
    ...sizeNameCapConfig("maxSize", { what: "Largest node size", pattern: SIZE, production: "4xlarge", nonProduction: "large" }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: validateOffering("nodeType", {
    lists: "NodeTypes",
    cap: "maxSize",
    sizeOf: awsSizeUnits,
    capSize: (s) => awsSizeUnits(String(s)),
    advice: "Choose a smaller current node type (cache.t4g, cache.m7g, cache.r7g).",
    blockedReason: "previous-generation nodes cost more for less",
  }),
});
