import { fixtures, unknown } from "@rampart/policy-testing";
import { D, base } from "../fixture-data/cloudfront";

export default fixtures([
  {
    name: "web ACL associated",
    expect: "pass",
    resource: { type: D, props: { ...base, webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc" } },
  },
  { name: "web ACL unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, webAclId: unknown() } } },
  { name: "empty web ACL id", expect: "violate", message: "webAclId is not set", resource: { type: D, props: { ...base, webAclId: "" } } },
  { name: "no web ACL", expect: "violate", message: "webAclId is not set", resource: { type: D, props: base } },
  {
    name: "origins unknown do not matter",
    expect: "pass",
    resource: { type: D, props: { ...base, origins: unknown(), webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc" } },
  },
]);
