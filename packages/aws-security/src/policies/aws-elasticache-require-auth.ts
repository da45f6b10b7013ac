import { isSet, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * ElastiCache replication groups should require authentication: an AUTH token (`authToken` or
 * the write-only `authTokenWo`) or role-based access control (`userGroupIds`)
 * (elasticache/replicationGroup.d.ts). The token itself is never read.
 */
export default awsPolicy({
  name: "aws-elasticache-require-auth",
  description: "ElastiCache replication groups should require authentication (AUTH token or RBAC user group).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Attach an RBAC user group with `userGroupIds` (Redis OSS 6+ / Valkey), or set `authToken` (from a secret, together with `transitEncryptionEnabled: true`).",
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup"],
  validateResource: ({ props }, report) => {
    if (isSet(props, "authToken") || isSet(props, "authTokenWo")) return;
    const groups = peekItems<string>(props, "userGroupIds");
    if (groups.known.length) return;
    if (groups.unknown) requireKnown(props, "userGroupIds");
    if (peek(props, "userGroupIds").state === "unknown") return;
    report(
      "Neither authToken nor userGroupIds is set, so any client that reaches the endpoint can run commands. Attach an RBAC user group (userGroupIds) or set an authToken.",
    );
  },
});
