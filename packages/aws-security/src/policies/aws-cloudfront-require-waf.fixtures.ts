import { fixtures, unknown } from "@rampart/policy-testing";
import { distribution } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "web ACL associated", expect: "pass", resource: distribution({ webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc" }) },
  { name: "web ACL unknown during preview", expect: "unknown", resource: distribution({ webAclId: unknown() }) },
  { name: "empty web ACL id", expect: "violate", message: "webAclId is not set", resource: distribution({ webAclId: "" }) },
  { name: "no web ACL", expect: "violate", message: "webAclId is not set", resource: distribution() },
  {
    name: "origins unknown do not matter",
    expect: "pass",
    resource: distribution({ origins: unknown(), webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc" }),
  },
]);
