import { fixtures, unknown } from "@rampart/policy-testing";

const R = "aws:cfg/recorder:Recorder";
const roleArn = "arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

export default fixtures([
  { name: "default recording group", expect: "pass", resource: { type: R, props: { roleArn } } },
  {
    name: "all supported with global types",
    expect: "pass",
    resource: {
      type: R,
      props: {
        roleArn,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, recordingStrategies: [{ useOnly: "ALL_SUPPORTED_RESOURCE_TYPES" }] },
      },
    },
  },
  {
    name: "only selected types",
    expect: "violate",
    message: "recordingGroup.allSupported is false",
    resource: { type: R, props: { roleArn, recordingGroup: { allSupported: false, resourceTypes: ["AWS::EC2::Instance"] } } },
  },
  {
    name: "exclusion strategy",
    expect: "violate",
    message: '"EXCLUSION_BY_RESOURCE_TYPES"',
    resource: {
      type: R,
      props: {
        roleArn,
        recordingGroup: {
          allSupported: false,
          exclusionByResourceTypes: [{ resourceTypes: ["AWS::EC2::NetworkInterface"] }],
          recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }],
        },
      },
    },
  },
  { name: "allSupported unknown", expect: "unknown", resource: { type: R, props: { roleArn, recordingGroup: { allSupported: unknown() } } } },
]);
