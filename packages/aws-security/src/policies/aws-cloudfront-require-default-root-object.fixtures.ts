import { fixtures, unknown } from "@rampart/policy-testing";
import { distribution, customOrigin } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "S3 origin with index.html", expect: "pass", resource: distribution({ defaultRootObject: "index.html" }) },
  { name: "custom origin only", expect: "pass", resource: distribution({ origins: [customOrigin()] }) },
  { name: "S3 origin without root object", expect: "violate", message: "defaultRootObject is not set", resource: distribution() },
  { name: "origin domain unknown during preview", expect: "unknown", resource: distribution({ origins: [{ originId: "o", domainName: unknown() }] }) },
]);
