import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyResource } from "@pulumi/policy";

const RECORDER = "aws:cfg/recorder:Recorder";
const STATUS = "aws:cfg/recorderStatus:RecorderStatus";

function enabled(s: PolicyResource): "yes" | "no" | "unknown" {
  const v = peek<unknown>(s.props, "isEnabled");
  if (v.state === "unknown") return "unknown";
  return v.state === "known" && v.value === true ? "yes" : "no";
}

/**
 * AWS Config recorders must be started: an `aws.cfg.Recorder` records nothing until an
 * `aws.cfg.RecorderStatus` for it has `isEnabled: true`. Stack policy: a recorder is linked to its
 * status by the status's `name` (the recorder's name) or, during preview, by its property
 * dependency. A status with `isEnabled: false` is reported even when its recorder is elsewhere.
 */
export default awsPolicy({
  name: "aws-config-require-recorder-enabled",
  description: "AWS Config configuration recorders must be turned on (RecorderStatus isEnabled true).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add an aws.cfg.RecorderStatus with name set to the recorder's name and isEnabled true (it needs a delivery channel, so make it depend on the aws.cfg.DeliveryChannel).",
  url: "https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html",
  resourceTypes: [RECORDER, STATUS],
  validateStack: ({ index }, report) => {
    for (const s of index.ofType(STATUS)) {
      if (enabled(s) === "no") report(msg`RecorderStatus "${s.name}" has isEnabled false, so AWS Config records nothing. Set isEnabled to true.`, s.urn);
    }
    const links = index.companions({ targetTypes: [RECORDER], companionTypes: [STATUS], linkProperty: "name", targetKeys: ["name", "id"] });
    for (const r of index.ofType(RECORDER)) {
      const statuses = links.byTarget.get(r.urn) ?? [];
      if (!statuses.length) {
        if (links.unresolved.length) report.unknown(msg`Recorder "${r.name}": a RecorderStatus whose name is not known yet may start it.`, r.urn);
        else
          report(
            msg`Recorder "${r.name}" has no RecorderStatus with isEnabled true, so it never starts recording. Add an aws.cfg.RecorderStatus for it.`,
            r.urn,
          );
        continue;
      }
      const states = statuses.map(enabled);
      if (states.includes("yes")) continue;
      if (states.includes("unknown")) report.unknown(msg`Recorder "${r.name}": isEnabled of its RecorderStatus is not known yet.`, r.urn);
    }
  },
});
