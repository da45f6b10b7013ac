import { msg } from "@rampart/policy-core";
import { checkValue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** Block public access for AMIs (aws.ec2.ImageBlockPublicAccess, Region-level) must be "block-new-sharing". */
export default awsPolicy({
  name: "aws-ec2-require-image-block-public-access",
  description: "Block public access for AMIs must be turned on.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set state to "block-new-sharing" on the aws.ec2.ImageBlockPublicAccess.',
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html",
  resourceTypes: ["aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess"],
  validateResource: checkValue("state", (v) =>
    v.state === "known" && v.value !== "block-new-sharing"
      ? msg`state is "${v.value}", so AMIs can be made public. Set state to "block-new-sharing".`
      : undefined,
  ),
});
