import { isSet, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * Lambda permissions must not let anyone invoke or manage the function: `principal: "*"` needs
 * `sourceArn`, `sourceAccount` or `principalOrgId` (set, even if unknown during preview). The
 * permission a public function URL needs (`lambda:InvokeFunctionUrl` with `functionUrlAuthType`
 * NONE, or `invokedViaFunctionUrl`) is left to aws-lambda-disallow-public-function-url, which
 * reports the URL itself.
 */
export default awsPolicy({
  name: "aws-lambda-disallow-public-permission",
  description: "Lambda function policies must not grant access to every AWS principal.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set principal to the service or account that invokes the function (e.g. s3.amazonaws.com or an account ID) and restrict it with sourceArn and sourceAccount, or with principalOrgId for principals of your organization.",
  url: "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
  resourceTypes: ["aws:lambda/permission:Permission"],
  validateResource: ({ props }, report) => {
    const principal = peekForVerdict<unknown>(props, "principal");
    if (principal.state !== "known" || principal.value !== "*") return;
    if (isSet(props, "sourceArn") || isSet(props, "sourceAccount") || isSet(props, "principalOrgId")) return;
    const action = peekForVerdict<unknown>(props, "action");
    const urlAuth = peekForVerdict<unknown>(props, "functionUrlAuthType");
    const viaUrl = peekForVerdict<unknown>(props, "invokedViaFunctionUrl");
    const forUrl =
      (action.state === "known" && action.value === "lambda:InvokeFunctionUrl" && urlAuth.state === "known" && urlAuth.value === "NONE") ||
      (viaUrl.state === "known" && viaUrl.value === true);
    if (forUrl) return;
    report(
      msg`principal is "*" without sourceArn, sourceAccount or principalOrgId, so any AWS account can use this permission${action.state === "known" && typeof action.value === "string" ? ` (${action.value})` : ""}. Name the calling service or account and restrict the source.`,
    );
  },
});
