import { fixtures } from "@rampart/policy-testing";
import { clusterFlagCases } from "../lib/gke.fixtures-kit";

export default fixtures(
  clusterFlagCases({
    setting: "enableLegacyAbac",
    safe: false,
    names: { defaults: "cluster with defaults (ABAC off)", safe: "ABAC explicitly off", unsafe: "ABAC on", unknown: "ABAC unknown during preview" },
  }),
);
