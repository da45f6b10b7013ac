import { fixtures, unknown } from "@rampart/policy-testing";

const P = "aws:iam/accountPasswordPolicy:AccountPasswordPolicy";

export default fixtures([
  { name: "24 remembered", expect: "pass", resource: { type: P, props: { passwordReusePrevention: 24 } } },
  { name: "configured 12, policy 12", expect: "pass", config: { minimumRemembered: 12 }, resource: { type: P, props: { passwordReusePrevention: 12 } } },
  { name: "reuse allowed", expect: "violate", message: "passwordReusePrevention is not set", resource: { type: P, props: { minimumPasswordLength: 14 } } },
  { name: "5 remembered", expect: "violate", message: "passwordReusePrevention is 5", resource: { type: P, props: { passwordReusePrevention: 5 } } },
  { name: "value unknown", expect: "unknown", resource: { type: P, props: { passwordReusePrevention: unknown() } } },
]);
