import { peek, peekItems, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyResource } from "@pulumi/policy";

const CLUSTER = "aws:redshift/cluster:Cluster";
const PARAMS = "aws:redshift/parameterGroup:ParameterGroup";

/** "yes" / "no" / "unknown": whether a parameter group sets require_ssl to true. */
function requiresSsl(group: PolicyResource): "yes" | "no" | "unknown" {
  const list = peekItems<unknown>(group.props, "parameters");
  let unknown = list.unknown;
  for (const p of list.known) {
    const name = peek<unknown>(p, "name");
    if (name.state === "unknown") {
      unknown = true;
      continue;
    }
    if (name.state !== "known" || typeof name.value !== "string" || name.value.toLowerCase() !== "require_ssl") continue;
    const value = peek<string>(p, "value");
    if (value.state === "unknown") return "unknown";
    return value.state === "known" && String(value.value).toLowerCase() === "true" ? "yes" : "no";
  }
  return unknown ? "unknown" : "no";
}

/**
 * Redshift clusters should only accept SSL connections: the cluster's parameter group
 * (`clusterParameterGroupName` → `aws:redshift/parameterGroup:ParameterGroup` `name`, with
 * `parameters` [{name: "require_ssl", value: "true"}]). Stack policy. Clusters on the default
 * parameter group, or on a group managed outside the stack, are not judged: their require_ssl
 * value is not visible here.
 */
export default awsPolicy({
  name: "aws-redshift-require-ssl",
  description: "Redshift clusters should require SSL connections (require_ssl in their parameter group).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `{ name: "require_ssl", value: "true" }` to the `parameters` of the cluster\'s aws.redshift.ParameterGroup and connect clients with SSL.',
  url: "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html",
  resourceTypes: [CLUSTER, PARAMS],
  validateStack: ({ index }, report) => {
    const groups = index.ofType(PARAMS);
    const byName = new Map<string, PolicyResource>();
    let unnamed = false;
    for (const g of groups) {
      const n = peek<string>(g.props, "name");
      if (n.state === "known") byName.set(n.value, g);
      else unnamed = true;
    }
    for (const c of index.ofType(CLUSTER)) {
      // Linked by the engine's property dependency first (name unknown during preview).
      const deps = (c.propertyDependencies?.clusterParameterGroupName ?? []).filter((d) => d.type === PARAMS);
      let group: PolicyResource | undefined = deps[0] ? index.get(deps[0].urn) : undefined;
      if (!group) {
        const name = peek<string>(c.props, "clusterParameterGroupName");
        if (name.state === "absent") continue; // default parameter group
        if (name.state === "unknown") {
          if (groups.length) report.unknown(msg`Cluster "${c.name}": its parameter group is not known yet.`, c.urn);
          continue;
        }
        group = byName.get(name.value);
        if (!group) {
          if (unnamed) report.unknown(msg`Cluster "${c.name}": a parameter group whose name is not known yet may be its own.`, c.urn);
          continue; // managed outside this stack
        }
      }
      const state = requiresSsl(group);
      if (state === "unknown") report.unknown(msg`Cluster "${c.name}": the require_ssl parameter of "${group.name}" is not known yet.`, c.urn);
      else if (state === "no") {
        report(
          msg`Cluster "${c.name}": its parameter group "${group.name}" does not set require_ssl to "true", so clients may connect without SSL. Add { name: "require_ssl", value: "true" }.`,
          c.urn,
        );
      }
    }
  },
});
