/**
 * API key policies (`gcp:projects/apiKey:ApiKey`): both read the key's `restrictions` block, which
 * holds its API restrictions (`apiTargets`) and its one application restriction (browser, server,
 * Android or iOS). Source: the gcp 9 provider's projects.ApiKey docs and
 * https://cloud.google.com/docs/authentication/api-keys.
 */
import { peek, requireKnown, type FactoryPolicyMetadata, type Report } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** The API key type token. */
export const API_KEY = "gcp:projects/apiKey:ApiKey";

/**
 * A policy on API keys: a `restrictions` block unknown during preview asks for the advisory (it
 * decides both checks); otherwise `check` reads the key's props and reports.
 */
export function apiKeyPolicy<const N extends string>({
  check,
  ...meta
}: Omit<FactoryPolicyMetadata<N>, "resourceTypes"> & { readonly check: (props: Record<string, unknown>, report: Report) => void }) {
  return gcpPolicy({
    ...meta,
    resourceTypes: [API_KEY],
    validateResource: ({ props }, report) => {
      if (peek<unknown>(props, "restrictions").state === "unknown") return requireKnown(props, "restrictions");
      check(props, report);
    },
  });
}

/** Reports, for each known entry of the list at `path` that `test` accepts, the message `describe(i)` gives (`i` its index); an absent, unknown or non-list value reports nothing. */
export function reportListEntries(props: unknown, path: string, test: (value: unknown) => boolean, describe: (index: number) => string, report: Report): void {
  const list = peek<unknown>(props, path);
  if (list.state !== "known" || !Array.isArray(list.value)) return;
  const items: unknown[] = list.value;
  for (let i = 0; i < items.length; i++) {
    const v = peek<unknown>(items, [i]);
    if (v.state === "known" && test(v.value)) report(describe(i));
  }
}
