/**
 * Where a resource is: the location rules of the data-location pack, unknown-safe.
 *
 * - AWS: the resource's own `region` input (@pulumi/aws 7 has it on most resources), else its
 *   provider's `region` (explicit or default provider, as the engine hands it over); never a
 *   guessed default.
 * - Azure: `location`; a ResourceGroup without one falls back to its provider's `location`; any
 *   other resource without one inherits its resource group's location (resolved in a stack).
 * - GCP: the resource's `region`, `zone` or `location` input, else its provider's `region` or
 *   `zone`. A BigQuery dataset without `location` is in the `US` multi-region (the API default).
 */
import type { PolicyResource } from "@pulumi/policy";
import { isAzureGlobalLocation, peek, StackIndex } from "@rampart/policy-core";
import type { ProviderInfo } from "@rampart/policy-core";
import { GCP_LOCATED_TYPES } from "./generated/resource-types";

/** A location: known (with where it came from), unknown during preview (with its path), or not set anywhere. */
export type Where = { state: "known"; value: string; source: string } | { state: "unknown"; path: string } | { state: "absent" };

/** The AWS provider's type token. */
export const AWS_PROVIDER_TYPE = "pulumi:providers:aws";
/** The GCP provider's type token. */
export const GCP_PROVIDER_TYPE = "pulumi:providers:gcp";
/** The Azure native provider's type token. */
export const AZURE_PROVIDER_TYPE = "pulumi:providers:azure-native";
/** The Azure resource group's type token. */
export const AZURE_RESOURCE_GROUP_TYPE = "azure-native:resources:ResourceGroup";

function stringAt(obj: unknown, path: string, source: string): Where {
  const p = peek<unknown>(obj, path);
  if (p.state === "unknown") return { state: "unknown", path: p.path };
  if (p.state === "known" && typeof p.value === "string" && p.value.trim() !== "") return { state: "known", value: p.value.trim(), source };
  return { state: "absent" };
}

const providerLabel = (p: ProviderInfo | undefined) => `provider "${p?.name ?? "default"}"`;

/**
 * The AWS region of a resource. For `pulumi:providers:aws` itself: its own `region`.
 * `provider` must be the resource's provider as the engine sends it.
 */
export function awsRegionOf(type: string, props: unknown, provider: ProviderInfo | undefined): Where {
  if (type === AWS_PROVIDER_TYPE) return stringAt(props, "region", "the provider's region");
  const own = stringAt(props, "region", "the resource's region");
  if (own.state !== "absent") return own;
  if (provider && provider.type === AWS_PROVIDER_TYPE) return stringAt(provider.props, "region", `${providerLabel(provider)}'s region`);
  return { state: "absent" };
}

/** The AWS region of a resource in a stack policy (its provider comes with the resource). */
export function awsRegionOfResource(r: PolicyResource): Where {
  return awsRegionOf(r.type, r.props, r.provider as ProviderInfo | undefined);
}

/**
 * The GCP location of a resource: `region`, `zone`, `location` (those its type takes), then the
 * provider's `region` and `zone`.
 */
export function gcpLocationOf(type: string, props: unknown, provider: ProviderInfo | undefined): Where {
  if (type === GCP_PROVIDER_TYPE) {
    const r = stringAt(props, "region", "the provider's region");
    return r.state !== "absent" ? r : stringAt(props, "zone", "the provider's zone");
  }
  const keys = GCP_LOCATED_TYPES[type] ?? ["region", "zone", "location"];
  for (const k of ["region", "zone", "location"]) {
    if (!keys.includes(k)) continue;
    const w = stringAt(props, k, `the resource's ${k}`);
    if (w.state !== "absent") return w;
  }
  if (type === "gcp:bigquery/dataset:Dataset") return { state: "known", value: "US", source: "the BigQuery default location (location not set)" };
  if (provider && provider.type === GCP_PROVIDER_TYPE) {
    const r = stringAt(provider.props, "region", `${providerLabel(provider)}'s region`);
    if (r.state !== "absent") return r;
    return stringAt(provider.props, "zone", `${providerLabel(provider)}'s zone`);
  }
  return { state: "absent" };
}

/**
 * The Azure location of a resource from its own inputs: `location`; for a ResourceGroup without
 * one, its provider's `location`. `absent` means "inherits its resource group's location".
 */
export function azureOwnLocationOf(type: string, props: unknown, provider: ProviderInfo | undefined): Where {
  const own = stringAt(props, "location", "the resource's location");
  if (own.state !== "absent" || type !== AZURE_RESOURCE_GROUP_TYPE) return own;
  if (provider && provider.type === AZURE_PROVIDER_TYPE) return stringAt(provider.props, "location", `${providerLabel(provider)}'s location`);
  return { state: "absent" };
}

/** How an Azure resource's resource group was found in a stack. */
export type ResourceGroupLink = { state: "found"; group: PolicyResource } | { state: "unresolved"; why: string };

/**
 * The resource group of an Azure resource in a stack: through the engine's property dependency
 * of `resourceGroupName`, else by a known `resourceGroupName` matching a group's name.
 */
export function resourceGroupOf(r: PolicyResource, index: StackIndex): ResourceGroupLink {
  const deps = (r.propertyDependencies?.resourceGroupName ?? []).map((d) => index.get(d.urn) ?? d).filter((d) => d.type === AZURE_RESOURCE_GROUP_TYPE);
  if (deps.length) return { state: "found", group: deps[0] };
  const n = peek<unknown>(r.props, "resourceGroupName");
  if (n.state === "unknown") return { state: "unresolved", why: "its resourceGroupName is not known yet" };
  if (n.state === "absent" || typeof n.value !== "string") return { state: "unresolved", why: "it has no resourceGroupName" };
  // Resource group names are case-insensitive in Azure.
  const name = n.value.toLowerCase();
  for (const g of index.ofType(AZURE_RESOURCE_GROUP_TYPE)) {
    for (const k of ["resourceGroupName", "name"]) {
      const v = peek<unknown>(g.props, k);
      if (v.state === "known" && typeof v.value === "string" && v.value.toLowerCase() === name) return { state: "found", group: g };
    }
  }
  return { state: "unresolved", why: `its resource group "${n.value.length > 64 ? `${n.value.slice(0, 63)}…` : n.value}" is not in this stack` };
}

/**
 * The Azure location of a resource in a stack: its own `location`, else its resource group's
 * (found through `resourceGroupOf`), else the group's provider `location`.
 */
export function azureLocationInStack(r: PolicyResource, index: StackIndex): Where | { state: "unresolved"; why: string } {
  const own = azureOwnLocationOf(r.type, r.props, r.provider as ProviderInfo | undefined);
  if (own.state !== "absent") return own;
  const link = resourceGroupOf(r, index);
  if (link.state === "unresolved") return link;
  const g = link.group;
  const w = azureOwnLocationOf(g.type, g.props, g.provider as ProviderInfo | undefined);
  if (w.state === "known") return { ...w, source: `resource group "${g.name}"` };
  if (w.state === "unknown") return { state: "unknown", path: `resource group "${g.name}" location` };
  return { state: "unresolved", why: `resource group "${g.name}" has no location` };
}

export { isAzureGlobalLocation };
