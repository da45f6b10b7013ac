import { msg, peek } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { familyRule } from "../lib/families";
import { gcpMachineTypeName } from "../lib/sizes";

/** First-generation and shared-core legacy GCP machine series and what to suggest. */
export const GCP_PREVIOUS_GENERATIONS: Record<string, string> = {
  n1: "n2d or e2",
  f1: "e2",
  g1: "e2",
};

/** Compute Engine instances and templates should use a current machine series. */
export default costPolicy({
  name: "gcp-compute-prefer-current-generation",
  description:
    "Compute Engine instances and templates use a current machine series; N1 and the legacy f1/g1 shared-core types cost more per unit of performance than E2, N2D or N4.",
  severity: "low",
  remediationSteps:
    "Move to the series named in the message (n1-standard-4 → e2-standard-4 or n2d-standard-4; f1-micro → e2-micro; g1-small → e2-small); keep N1 only where a GPU type requires it.",
  url: "https://cloud.google.com/compute/docs/general-purpose-machines",
  tags: ["compute"],
  resourceTypes: [
    "gcp:compute/instance:Instance",
    "gcp:compute/instanceTemplate:InstanceTemplate",
    "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
  ],
  ...familyRule("previousGenerations", {
    description: 'Machine series (the part before the first dash) → series to suggest, e.g. {"n1": "n2d or e2"}.',
    table: GCP_PREVIOUS_GENERATIONS,
    path: "machineType",
    familyOf: (v) => gcpMachineTypeName(v).split("-")[0].toLowerCase(),
    finding: ({ value, family: series, to }, props) => {
      // N1 is still required for some GPU types (e.g. nvidia-tesla-t4 on n1): stay quiet with accelerators.
      const accel = peek<unknown[]>(props, "guestAccelerators");
      if (series === "n1" && accel.state !== "absent" && !(accel.state === "known" && Array.isArray(accel.value) && accel.value.length === 0)) return undefined;
      return msg`machineType ${JSON.stringify(gcpMachineTypeName(value))} is a previous-generation series (${series}). Use ${to} instead.`;
    },
  }),
});
