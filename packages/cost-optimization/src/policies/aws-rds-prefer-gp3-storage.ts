import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";

/** RDS storage should be gp3 (or io2) instead of gp2 or io1. */
export default costPolicy({
  name: "aws-rds-prefer-gp3-storage",
  description: "RDS instances use gp3 (or io2) storage instead of gp2 or io1: gp3 includes baseline IOPS and throughput independent of size.",
  severity: "low",
  remediationSteps: 'Set storageType to "gp3" (add iops/storageThroughput only above the included baseline); for io1 with high IOPS use "io2".',
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html#gp3-storage",
  tags: ["database"],
  resourceTypes: ["aws:rds/instance:Instance"],
  validateResource: ({ props }, report) => {
    const t = peek<string>(props, "storageType");
    if (t.state === "unknown") return requireKnown(props, "storageType");
    if (t.state === "known") {
      if (t.value === "gp2") report('storageType is "gp2". Use "gp3".');
      else if (t.value === "io1") report('storageType is "io1". Use "gp3" (up to its IOPS limit) or "io2".');
      return;
    }
    // Without storageType, a new instance with allocatedStorage and no iops gets gp2 (provider
    // default). Replicas and snapshot restores inherit their source's storage: stay quiet.
    // An unknown iops/source counts as set (quiet); an unknown allocatedStorage decides the verdict.
    if (!isSet(props, "allocatedStorage") || isSet(props, "iops") || isSet(props, "replicateSourceDb") || isSet(props, "snapshotIdentifier")) return;
    if (peek(props, "allocatedStorage").state === "unknown") return requireKnown(props, "allocatedStorage");
    report('storageType is not set, so the instance gets "gp2" storage. Set storageType to "gp3".');
  },
});
