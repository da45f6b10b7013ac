import { peekItems, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * EKS clusters should send control-plane logs to CloudWatch Logs: `enabledClusterLogTypes` must
 * include every type in `requiredLogTypes` (valid types: api, audit, authenticator,
 * controllerManager, scheduler; eks/cluster.d.ts).
 */
export default awsPolicy({
  name: "aws-eks-require-control-plane-logging",
  description: "EKS clusters should enable control-plane logging (api, audit and authenticator logs).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `enabledClusterLogTypes: ["api", "audit", "authenticator"]` (plus "controllerManager" and "scheduler" if you need them) on the cluster.',
  url: "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  config: {
    requiredLogTypes: {
      type: "array",
      items: { type: "string", enum: ["api", "audit", "authenticator", "controllerManager", "scheduler"] },
      description: "Control-plane log types that must be enabled.",
      default: ["api", "audit", "authenticator"],
    },
  },
  validateResource: ({ props, config }, report) => {
    const types = peekItems<string>(props, "enabledClusterLogTypes");
    const missing = config.requiredLogTypes.filter((t) => !types.known.includes(t));
    if (!missing.length) return;
    if (types.unknown) requireKnown(props, "enabledClusterLogTypes");
    report(msg`enabledClusterLogTypes does not include ${missing.join(", ")}. Add them so control-plane activity is logged to CloudWatch Logs.`);
  },
});
