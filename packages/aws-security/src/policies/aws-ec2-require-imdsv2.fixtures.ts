import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:ec2/instance:Instance";

export default fixtures([
  {
    name: "instance requires tokens",
    expect: "pass",
    resource: { type: I, props: { ami: "ami-1", instanceType: "t3.micro", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 } } },
  },
  { name: "metadata service disabled", expect: "pass", resource: { type: I, props: { ami: "ami-1", metadataOptions: { httpEndpoint: "disabled" } } } },
  {
    name: "instance with httpTokens optional",
    expect: "violate",
    message: 'metadataOptions.httpTokens is "optional"',
    resource: { type: I, props: { ami: "ami-1", metadataOptions: { httpTokens: "optional" } } },
  },
  {
    name: "instance without metadataOptions",
    expect: "violate",
    message: "metadataOptions.httpTokens is not set",
    resource: { type: I, props: { ami: "ami-1", instanceType: "t3.micro" } },
  },
  {
    name: "launch configuration optional",
    expect: "violate",
    message: '"optional"',
    resource: {
      type: "aws:ec2/launchConfiguration:LaunchConfiguration",
      props: { imageId: "ami-1", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } },
    },
  },
  {
    name: "spot request requires tokens",
    expect: "pass",
    resource: { type: "aws:ec2/spotInstanceRequest:SpotInstanceRequest", props: { ami: "ami-1", metadataOptions: { httpTokens: "required" } } },
  },
  { name: "httpTokens unknown during preview", expect: "unknown", resource: { type: I, props: { ami: "ami-1", metadataOptions: { httpTokens: unknown() } } } },
  { name: "launch templates are another policy's", expect: "not-applicable", resource: { type: "aws:ec2/launchTemplate:LaunchTemplate", props: {} } },
]);
