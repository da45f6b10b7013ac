import { ENVIRONMENT_CONFIG, peek, requireKnown, show, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { DTU_SIZES, isVcoreSku } from "../lib/azure-sql";
import { capConfig } from "../lib/cap";
import { limitFor } from "../lib/env";

/** Azure SQL databases must stay within the stack's vCore or DTU cap. */
export default costPolicy({
  name: "azure-sql-database-capacity-cap",
  description: "Azure SQL databases keep their compute size (vCores, or DTUs in the DTU model) at or below the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Lower sku.capacity (vCores) or choose a smaller DTU objective (e.g. S1 instead of S6); consider serverless (GP_S_Gen5 with autoPauseDelay) for intermittent use; or raise maxVcores / maxDtus (and their nonProduction variants).",
  url: "https://learn.microsoft.com/azure/azure-sql/database/resource-limits-vcore-single-databases",
  tags: ["database"],
  resourceTypes: ["azure-native:sql:Database"],
  config: {
    ...capConfig("maxVcores", { what: "Most vCores per database", minimum: 1, production: 16, nonProduction: 4 }),
    ...capConfig("maxDtus", { what: "Most DTUs per database (DTU model)", minimum: 1, production: 1000, nonProduction: 100 }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const sku = peek<unknown>(props, "sku");
    if (sku.state === "unknown") return requireKnown(props, "sku");
    if (sku.state !== "known") return;
    const name = peek<string>(sku.value, "name");
    const tier = peek<string>(sku.value, "tier");
    const capacity = peek<number>(sku.value, "capacity");
    if (name.state === "unknown" || tier.state === "unknown" || capacity.state === "unknown") return requireKnown(props, "sku");
    // Values of the wrong type are treated as not set (the provider rejects them; not a cost finding).
    const n = name.state === "known" && typeof name.value === "string" ? name.value : undefined;
    const t = tier.state === "known" && typeof tier.value === "string" ? tier.value : undefined;
    const c = capacity.state === "known" && typeof capacity.value === "number" ? capacity.value : undefined;
    if (isVcoreSku(n, t)) {
      if (c === undefined) return;
      const cap = limitFor({ urn, stackTags }, config, "maxVcores");
      if (c > cap.value) report(msg`sku.capacity is ${c} vCores, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it or raise ${cap.key}.`);
      return;
    }
    const dtus = c ?? (n !== undefined && Object.prototype.hasOwnProperty.call(DTU_SIZES, n) ? DTU_SIZES[n] : undefined);
    if (dtus === undefined) return;
    const cap = limitFor({ urn, stackTags }, config, "maxDtus");
    if (dtus > cap.value)
      report(
        msg`sku${n !== undefined ? ` ${show(n)}` : ".capacity"} has ${dtus} DTUs, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Choose a smaller service objective or raise ${cap.key}.`,
      );
  },
});
