import { fixtures } from "@rampart/policy-testing";
import { clusterFlagCases } from "../lib/gke.fixtures-kit";

export default fixtures(
  clusterFlagCases({
    setting: "enableKubernetesAlpha",
    safe: false,
    names: { defaults: "defaults (not alpha)", safe: "alpha explicitly off", unsafe: "alpha cluster", unknown: "unknown during preview" },
  }),
);
