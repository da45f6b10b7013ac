/**
 * The ingress check of the serverless "restrict ingress" policies (Cloud Functions
 * `ingressSettings` / `serviceConfig.ingressSettings`, Cloud Run v2 `ingress` and the v1
 * `run.googleapis.com/ingress` annotation): omitted means the provider's default, which accepts
 * traffic from the internet, and one value (ALLOW_ALL, INGRESS_TRAFFIC_ALL, all) says so explicitly.
 */
import { msg, show } from "@rampart/policy-core";
import type { ValueCheck } from "./checks";

/** One ingress setting: where it is, how messages name it, what it guards, its all-traffic value and the fix. */
export interface IngressSetting {
  /** Property path for `checkValue` (an unknown value asks for the advisory on it). */
  readonly path: string;
  /** How the messages name the setting; `path` by default (e.g. `metadata.annotations["run.googleapis.com/ingress"]`). */
  readonly shown?: string;
  /** What accepts the traffic, after "so the": `function`, `service`. */
  readonly who: string;
  /** The provider's default, in "(the default is …)": `ALLOW_ALL`, `all`. */
  readonly defaultValue: string;
  /** Whether a set value is the all-traffic one (compared case-insensitively by the caller's choice). */
  readonly isBad: (value: unknown) => boolean;
  /** What to do, one sentence. */
  readonly fix: string;
}

/**
 * The `checkValue` check of an ingress setting: omitted reports "`shown` is not set, so the `who`
 * accepts traffic from the internet (the default is `defaultValue`). `fix`"; a bad value reports
 * "`shown` is <value>, so the `who` accepts traffic from the internet. `fix`".
 */
export function ingressCheck(s: IngressSetting): ValueCheck {
  const shown = s.shown ?? s.path;
  const risk = `, so the ${s.who} accepts traffic from the internet`;
  return {
    path: s.path,
    ifAbsent: `${shown} is not set${risk} (the default is ${s.defaultValue}). ${s.fix}`,
    isBad: s.isBad,
    ifBad: (v) => msg`${shown} is ${show(v)}` + `${risk}. ${s.fix}`,
  };
}
