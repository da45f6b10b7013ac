import { awsElb } from "@rampart/policy-core";
import { requireTrue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** Application, Network and Gateway Load Balancers should have deletion protection (`enableDeletionProtection`, default false). */
export default awsPolicy({
  name: "aws-elb-require-deletion-protection",
  description: "Application, Network and Gateway Load Balancers should have deletion protection enabled.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set enableDeletionProtection to true on the load balancer (turn it off deliberately before a planned deletion).",
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection",
  resourceTypes: awsElb.LOAD_BALANCER_TYPES,
  validateResource: requireTrue({
    path: "enableDeletionProtection",
    message: "enableDeletionProtection is not true, so the load balancer can be deleted by mistake. Set it to true.",
  }),
});
