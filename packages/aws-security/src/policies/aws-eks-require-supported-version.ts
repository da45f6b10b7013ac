import { msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/** Parses "1.31" (or "1.31.2") into [major, minor]; undefined when it is not a version. */
function parse(v: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * EKS clusters should run a Kubernetes version that is still supported. `version` (eks/cluster.d.ts)
 * defaults to the latest version EKS offers, so an unset version passes. The oldest acceptable
 * version is configuration (`minimumVersion`), because the EKS release calendar moves: see
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html.
 */
export default awsPolicy({
  name: "aws-eks-require-supported-version",
  description: "EKS clusters should run a supported Kubernetes version.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Upgrade the cluster one minor version at a time (set `version`) until it is at or above the minimum supported version; upgrade node groups and add-ons along with it.",
  url: "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  config: {
    minimumVersion: {
      type: "string",
      pattern: "^\\d+\\.\\d+$",
      description: 'Oldest Kubernetes minor version accepted (e.g. "1.32"); set it from the EKS release calendar.',
      default: "1.32",
    },
  },
  validateResource: ({ props, config }, report) => {
    const v = peekForVerdict<string>(props, "version");
    if (v.state === "absent") return;
    if (v.state !== "known" || typeof v.value !== "string") return;
    const have = parse(v.value);
    const min = parse(config.minimumVersion);
    if (!have || !min) return;
    if (have[0] < min[0] || (have[0] === min[0] && have[1] < min[1])) {
      report(
        msg`version is ${JSON.stringify(v.value)}, older than the minimum supported ${config.minimumVersion}. Upgrade the cluster to ${config.minimumVersion} or later.`,
      );
    }
  },
});
