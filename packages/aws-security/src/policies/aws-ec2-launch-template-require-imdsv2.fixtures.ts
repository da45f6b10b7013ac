import { fixtures, unknown } from "@rampart/policy-testing";

const LT = "aws:ec2/launchTemplate:LaunchTemplate";

export default fixtures([
  {
    name: "template requires tokens",
    expect: "pass",
    resource: { type: LT, props: { imageId: "ami-1", metadataOptions: { httpEndpoint: "enabled", httpTokens: "required" } } },
  },
  { name: "template disables IMDS", expect: "pass", resource: { type: LT, props: { metadataOptions: { httpEndpoint: "disabled" } } } },
  {
    name: "template with optional tokens",
    expect: "violate",
    message: 'metadataOptions.httpTokens is "optional"',
    resource: { type: LT, props: { metadataOptions: { httpTokens: "optional" } } },
  },
  { name: "template without metadataOptions", expect: "violate", message: "is not set", resource: { type: LT, props: { imageId: "ami-1" } } },
  { name: "tokens unknown during preview", expect: "unknown", resource: { type: LT, props: { metadataOptions: { httpTokens: unknown() } } } },
  { name: "instances are another policy's", expect: "not-applicable", resource: { type: "aws:ec2/instance:Instance", props: {} } },
]);
