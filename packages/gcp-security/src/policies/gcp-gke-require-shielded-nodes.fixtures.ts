import { fixtures } from "@rampart/policy-testing";
import { clusterFlagCases } from "../lib/gke.fixtures-kit";

export default fixtures(
  clusterFlagCases({
    setting: "enableShieldedNodes",
    safe: true,
    names: { defaults: "defaults (shielded nodes on)", safe: "explicitly on", unsafe: "turned off", unknown: "unknown during preview" },
  }),
);
