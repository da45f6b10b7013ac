/**
 * NAT gateways per stack: NAT gateways bill per hour whether or not traffic flows, and one per
 * availability zone is a common overspend outside production.
 */
import { peek, type StackContext, type StackReport, msg } from "@rampart/policy-core";
import type { PolicyResource } from "@pulumi/policy";
import { limitFor } from "./env";
import type { EnvironmentConfig } from "@rampart/policy-core";

/** Config of the NAT-per-stack policies. */
export interface NatLimitConfig extends EnvironmentConfig {
  maxNatGateways: number;
  nonProductionMaxNatGateways: number;
  countPrivate: boolean;
}

/**
 * The `isPrivate` of `checkNatCount` for gateways whose property `path` is `value` when private
 * (`connectivityType` "private" on AWS, `type` "PRIVATE" on GCP): "unknown" while it is unknown.
 */
export function privateWhen(path: string, value: string): (r: PolicyResource) => "yes" | "no" | "unknown" {
  return (r) => {
    const t = peek<string>(r.props, path);
    if (t.state === "unknown") return "unknown";
    return t.state === "known" && t.value === value ? "yes" : "no";
  };
}

/**
 * Counts the stack's NAT gateways of `types` and reports every one beyond the cap. `isPrivate`
 * says whether a gateway is private ("yes" | "no" | "unknown"); private ones count only with
 * `countPrivate`. When the cap is exceeded only if gateways of unknown kind count, reports the
 * preview advisory instead.
 */
export function checkNatCount(
  { index, config, stackTags }: StackContext<NatLimitConfig>,
  types: string[],
  isPrivate: (r: PolicyResource) => "yes" | "no" | "unknown",
  noun: string,
  report: StackReport,
): void {
  const all = index.ofType(...types);
  if (!all.length) return;
  const cap = limitFor({ urn: all[0].urn, stackTags }, config, "maxNatGateways");
  const counted: PolicyResource[] = [];
  const maybe: PolicyResource[] = [];
  for (const r of all) {
    const p = config.countPrivate ? "no" : isPrivate(r);
    if (p === "no") counted.push(r);
    else if (p === "unknown") maybe.push(r);
  }
  if (counted.length > cap.value) {
    for (const r of counted.slice(cap.value)) {
      report(
        msg`${noun} "${r.name}" is number ${counted.indexOf(r) + 1} in this stack, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Share one NAT gateway across zones outside production, or raise ${cap.key}.`,
        r.urn,
      );
    }
  } else if (counted.length + maybe.length > cap.value) {
    report.unknown(msg`whether ${noun} "${maybe[0].name}" is public (and counts toward ${cap.key} = ${cap.value}) is not known yet`, maybe[0].urn);
  }
}

/** The config schema of the NAT-per-stack policies. */
export function natLimitConfig(production: number, nonProduction: number) {
  return {
    maxNatGateways: { type: "integer" as const, minimum: 0, description: "Most public NAT gateways in one production stack.", default: production },
    nonProductionMaxNatGateways: {
      type: "integer" as const,
      minimum: 0,
      description: "Most public NAT gateways in one non-production stack.",
      default: nonProduction,
    },
    countPrivate: { type: "boolean" as const, description: "Count private NAT gateways too (they bill per hour as well).", default: false },
  };
}
