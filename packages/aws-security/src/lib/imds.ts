/**
 * The IMDSv2 check shared by aws-ec2-require-imdsv2 (instances, spot requests, launch
 * configurations) and aws-ec2-launch-template-require-imdsv2: `metadataOptions.httpTokens` must be
 * "required", unless the metadata service is off (`metadataOptions.httpEndpoint` "disabled"), as
 * the EC2 user guide's "Configure instance metadata options for new instances" describes.
 */
import { msg, peek, requireKnown, show, type Report } from "@rampart/policy-core";
import { peekForVerdict } from "./read";

/**
 * The `validateResource` of an IMDSv2 policy. A known `httpTokens` other than "required" is
 * reported as allowing IMDSv1; an omitted one with `whenNotSet` (say what the default is for that
 * resource and what to set). Unknown values during preview go to `requireKnown`, `httpTokens`
 * first, `httpEndpoint` only when the tokens setting alone does not decide.
 */
export function requireImdsv2(whenNotSet: string): (resource: { props: unknown }, report: Report) => void {
  return ({ props }, report) => {
    const endpoint = peek<string>(props, "metadataOptions.httpEndpoint");
    if (endpoint.state === "known" && endpoint.value === "disabled") return;
    const tokens = peekForVerdict<string>(props, "metadataOptions.httpTokens");
    if (tokens.state === "known" && tokens.value === "required") return;
    if (endpoint.state === "unknown") requireKnown(props, "metadataOptions.httpEndpoint");
    if (tokens.state === "known") report(msg`metadataOptions.httpTokens is ${show(tokens.value)}, which allows IMDSv1. Set it to "required".`);
    else report(whenNotSet);
  };
}
