import { isSet } from "@rampart/policy-core";
import { BUCKET } from "../lib/storage";
import { gcpPolicy } from "../policy";

/** Buckets should write usage logs (`logging.logBucket`), an audit trail of object access besides Data Access audit logs. */
export default gcpPolicy({
  name: "gcp-storage-require-access-logging",
  description: "Cloud Storage buckets should have usage logging to a log bucket (`logging.logBucket`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `logging: { logBucket: <a dedicated log bucket> }` (the log bucket itself needs none), or enable Data Access audit logs for Cloud Storage and exempt this policy.",
  url: "https://cloud.google.com/storage/docs/access-logs",
  resourceTypes: [BUCKET],
  validateResource: ({ props }, report) => {
    if (!isSet(props, "logging.logBucket")) {
      report("logging.logBucket is not set, so the bucket writes no usage logs (off by default). Set logging.logBucket to a dedicated log bucket.");
    }
  },
});
