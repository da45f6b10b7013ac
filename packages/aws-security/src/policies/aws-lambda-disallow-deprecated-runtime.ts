import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * Lambda-managed runtimes and the date each reaches (or reached) deprecation, i.e. end of support:
 * no more security patches (phase 1 of the AWS Lambda "Runtime deprecation policy",
 * https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html; dates from the
 * "Supported runtimes" and "Deprecated runtimes" tables of
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Dates of runtimes not yet
 * deprecated are AWS's projections and may move: review this list when AWS updates those pages.
 * Last reviewed 2026-11-30. Runtimes not listed (newer ones) are treated as supported.
 */
export const RUNTIME_DEPRECATION_DATES: Readonly<Record<string, string>> = {
  nodejs: "2016-10-31",
  "nodejs4.3": "2020-03-05",
  "nodejs4.3-edge": "2020-03-05",
  "nodejs6.10": "2019-08-12",
  "nodejs8.10": "2020-03-06",
  "nodejs10.x": "2021-07-30",
  "nodejs12.x": "2023-03-31",
  "nodejs14.x": "2023-12-04",
  "nodejs16.x": "2024-06-12",
  "nodejs18.x": "2025-09-01",
  "nodejs20.x": "2026-04-30",
  "nodejs22.x": "2027-04-30",
  "python2.7": "2021-07-15",
  "python3.6": "2022-07-18",
  "python3.7": "2023-12-04",
  "python3.8": "2024-10-14",
  "python3.9": "2025-12-15",
  "python3.10": "2026-06-30",
  "python3.11": "2026-06-30",
  "python3.12": "2028-10-31",
  "python3.13": "2029-06-30",
  java8: "2024-01-08",
  "java8.al2": "2026-06-30",
  java11: "2026-06-30",
  java17: "2026-06-30",
  java21: "2029-06-30",
  "dotnetcore1.0": "2019-07-27",
  "dotnetcore2.0": "2019-05-30",
  "dotnetcore2.1": "2022-01-05",
  "dotnetcore3.1": "2023-04-03",
  "dotnet5.0": "2022-05-10",
  dotnet6: "2024-11-12",
  dotnet7: "2024-05-14",
  dotnet8: "2026-11-10",
  "ruby2.5": "2021-07-30",
  "ruby2.7": "2023-11-27",
  "ruby3.2": "2026-03-31",
  "ruby3.3": "2027-03-31",
  "go1.x": "2024-01-08",
  provided: "2024-01-08",
  "provided.al2": "2026-06-30",
  "provided.al2023": "2029-06-30",
};

const DAY_MS = 86_400_000;

/**
 * Lambda functions must not use a deprecated runtime. Container-image functions (no `runtime`)
 * are not applicable. `warnDaysAhead` reports runtimes that reach deprecation within that many
 * days; `allowedRuntimes` lists runtimes to accept anyway.
 */
export default awsPolicy<"aws-lambda-disallow-deprecated-runtime", { warnDaysAhead: number; allowedRuntimes: string[] }>({
  name: "aws-lambda-disallow-deprecated-runtime",
  description: "Lambda functions must use a runtime that AWS still supports with security patches.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Move the function to a supported runtime of its language (e.g. nodejs22.x or newer, python3.12 or newer, java21, dotnet10, ruby3.4, provided.al2023), test it, and deploy.",
  url: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
  resourceTypes: ["aws:lambda/function:Function"],
  config: {
    warnDaysAhead: { type: "integer", description: "Also report runtimes deprecated within this many days from now.", default: 0, minimum: 0 },
    allowedRuntimes: { type: "array", description: "Runtime identifiers to accept even when deprecated.", items: { type: "string" }, default: [] },
  },
  validateResource: ({ props, config }, report) => {
    const runtime = peekForVerdict<unknown>(props, "runtime");
    if (runtime.state !== "known" || typeof runtime.value !== "string") return;
    const id = runtime.value;
    const date = RUNTIME_DEPRECATION_DATES[id];
    if (!date || config.allowedRuntimes.includes(id)) return;
    const due = Date.parse(`${date}T00:00:00Z`);
    const now = Date.now();
    if (due > now + config.warnDaysAhead * DAY_MS) return;
    report(
      due <= now
        ? msg`runtime ${id} has been deprecated since ${date}: it no longer gets security patches, and Lambda blocks creating and later updating functions that use it. Move to a supported runtime.`
        : msg`runtime ${id} is deprecated on ${date}. Move to a supported runtime before then.`,
    );
  },
});
