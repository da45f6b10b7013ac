import { ENVIRONMENT_CONFIG, peek, requireKnown, show, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";
import { listOf } from "../lib/match";

const TIERS = ["Hot", "Cool", "Cold", "Premium"];

/** Storage accounts must use an allowed default access tier. */
export default costPolicy({
  name: "azure-storage-allowed-access-tiers",
  description: "Azure storage accounts use an allowed default blob access tier; outside production Cool (or Cold) storage costs less for rarely read data.",
  severity: "low",
  remediationSteps:
    'Set accessTier to an allowed tier ("Cool" or "Cold" for rarely read data, "Hot" for frequently read data) and add a lifecycle management policy that moves aging blobs to cooler tiers; the Premium tier (premium block blob accounts) costs several times Hot per GB, so use a standard StorageV2 account unless the workload needs its latency. Or change allowedAccessTiers / nonProductionAllowedAccessTiers.',
  url: "https://learn.microsoft.com/azure/storage/blobs/access-tiers-overview",
  tags: ["storage"],
  resourceTypes: ["azure-native:storage:StorageAccount"],
  config: {
    allowedAccessTiers: {
      type: "array",
      items: { type: "string", enum: TIERS },
      description: "Default access tiers allowed on production stacks.",
      default: ["Hot", "Cool", "Cold"],
    },
    nonProductionAllowedAccessTiers: {
      type: "array",
      items: { type: "string", enum: TIERS },
      description: "Default access tiers allowed on non-production stacks.",
      default: ["Hot", "Cool", "Cold"],
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const t = peek<string>(props, "accessTier");
    if (t.state === "unknown") return requireKnown(props, "accessTier");
    // Without accessTier, blob accounts default to Hot; premium accounts have no tier.
    if (t.state !== "known" || typeof t.value !== "string") return;
    const allowed = limitFor({ urn, stackTags }, config, "allowedAccessTiers");
    if (!allowed.value.includes(t.value)) {
      report(msg`accessTier is ${show(t.value)}, not in ${allowed.key} (${listOf(allowed.value)}). Set accessTier to one of them.`);
    }
  },
});
