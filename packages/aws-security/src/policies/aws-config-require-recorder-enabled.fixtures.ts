import { fixtures, unknown } from "@rampart/policy-testing";

const R = "aws:cfg/recorder:Recorder";
const S = "aws:cfg/recorderStatus:RecorderStatus";
const roleArn = "arn:aws:iam::111122223333:role/config";

export default fixtures([
  {
    name: "recorder with an enabled status",
    expect: "pass",
    resources: [
      { type: R, name: "rec", props: { name: "default", roleArn } },
      { type: S, name: "rec-status", props: { name: "default", isEnabled: true } },
    ],
  },
  {
    name: "status linked by dependency during preview",
    expect: "pass",
    resources: [
      { type: R, name: "rec", props: { name: unknown(), roleArn } },
      { type: S, name: "rec-status", props: { name: unknown(), isEnabled: true }, propertyDependencies: { name: ["rec"] } },
    ],
  },
  {
    name: "recorder never started",
    expect: "violate",
    target: "rec",
    message: 'Recorder "rec" has no RecorderStatus',
    resources: [{ type: R, name: "rec", props: { name: "default", roleArn } }],
  },
  {
    name: "status disabled",
    expect: "violate",
    target: "rec-status",
    message: "has isEnabled false",
    resources: [
      { type: R, name: "rec", props: { name: "default", roleArn } },
      { type: S, name: "rec-status", props: { name: "default", isEnabled: false } },
    ],
  },
  {
    name: "isEnabled unknown",
    expect: "unknown",
    resources: [
      { type: R, name: "rec", props: { name: "default", roleArn } },
      { type: S, name: "rec-status", props: { name: "default", isEnabled: unknown() } },
    ],
  },
]);
