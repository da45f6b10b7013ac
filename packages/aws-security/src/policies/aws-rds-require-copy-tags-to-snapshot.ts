import { awsRds, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * RDS DB instances and DB clusters should copy their tags to snapshots, so snapshots keep the
 * ownership and data-classification tags that access policies and inventories rely on. Aurora
 * member instances are skipped (cluster snapshots take the cluster's setting).
 */
export default awsPolicy({
  name: "aws-rds-require-copy-tags-to-snapshot",
  description: "RDS DB instances and clusters should copy their tags to snapshots.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set copyTagsToSnapshot to true.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_TYPE],
  validateResource: ({ type, props }, report) => {
    const v = peek<unknown>(props, "copyTagsToSnapshot");
    if (v.state === "known" && v.value === true) return;
    if (type === awsRds.INSTANCE_TYPE) {
      const aurora = awsRds.instanceIsAurora(props);
      if (aurora === "yes") return;
      if (aurora === "unknown") requireKnown(props, "engine");
    }
    if (v.state === "unknown") requireKnown(props, "copyTagsToSnapshot");
    report("copyTagsToSnapshot is not set to true, so snapshots lose the resource's tags. Set copyTagsToSnapshot to true.");
  },
});
