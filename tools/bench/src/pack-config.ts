/**
 * The policy pack configuration the bench runs with, as a team would set it.
 */
import type { AnalyzerInfo, PolicyPackConfigFile } from "@rampart/policy-testing";

/**
 * data-location allows nothing until configured: give every policy the EU jurisdiction, as a team
 * would. Each entry repeats the policy's own enforcement level: the Pulumi CLI hands one
 * `--policy-pack-config` file to each pack and rejects an entry without `enforcementLevel` for a
 * policy that pack does not have ("invalid enforcement level \"\""), so a file shared by the three
 * packs (the real-CLI section) must name it; the level is the one the policy would have anyway.
 */
export const residency = (info: AnalyzerInfo): PolicyPackConfigFile => {
  const file: PolicyPackConfigFile = {};
  for (const p of info.policies) {
    if (p.configSchema?.properties && "allowedJurisdictions" in p.configSchema.properties) file[p.name] = { enforcementLevel: p.enforcementLevel, allowedJurisdictions: ["EU"] };
  }
  return file;
};
