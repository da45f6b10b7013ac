import { awsElb } from "@rampart/policy-core";
import { requireTrue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** Classic Load Balancers should drain connections before deregistering instances (`connectionDraining`, default false). */
export default awsPolicy({
  name: "aws-elb-classic-require-connection-draining",
  description: "Classic Load Balancers should have connection draining enabled.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set connectionDraining to true (and connectionDrainingTimeout, e.g. 300 seconds) on the classic load balancer.",
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html",
  resourceTypes: [awsElb.CLASSIC_LOAD_BALANCER_TYPE],
  validateResource: requireTrue({
    path: "connectionDraining",
    message: "connectionDraining is not true, so in-flight requests are cut when an instance is deregistered. Set it to true.",
  }),
});
