import { fixtures, unknown } from "@rampart/policy-testing";

const roleArn = "arn:aws:iam::111122223333:role/config";
/** The recorder "rec" whose recorder name is `name`. */
const recorder = (name: unknown = "default") => ({ type: "aws:cfg/recorder:Recorder", name: "rec", props: { name, roleArn } });
/** The RecorderStatus "rec-status" for recorder name `name`. */
const status = (isEnabled: unknown, name: unknown = "default") => ({
  type: "aws:cfg/recorderStatus:RecorderStatus",
  name: "rec-status",
  props: { name, isEnabled },
});

export default fixtures([
  { name: "recorder with an enabled status", expect: "pass", resources: [recorder(), status(true)] },
  {
    name: "status linked by dependency during preview",
    expect: "pass",
    resources: [recorder(unknown()), { ...status(true, unknown()), propertyDependencies: { name: ["rec"] } }],
  },
  { name: "recorder never started", expect: "violate", target: "rec", message: 'Recorder "rec" has no RecorderStatus', resources: [recorder()] },
  { name: "status disabled", expect: "violate", target: "rec-status", message: "has isEnabled false", resources: [recorder(), status(false)] },
  { name: "isEnabled unknown", expect: "unknown", resources: [recorder(), status(unknown())] },
]);
