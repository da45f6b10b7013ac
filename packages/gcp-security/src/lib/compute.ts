/**
 * Compute Engine VMs as the provider declares them: instances (`gcp:compute/instance:Instance`)
 * and instance templates (global `InstanceTemplate` and `RegionInstanceTemplate`), which share the
 * properties the VM policies read (`serviceAccount`, `metadata`, `canIpForward`,
 * `shieldedInstanceConfig`, `confidentialInstanceConfig`, `networkInterfaces`), and the metadata
 * keys Compute Engine reads from instance and project metadata; and the policy builder of the
 * load balancer backend service policies (`backendServicePolicy`).
 */
import { peek, requireKnown, type FactoryPolicyMetadata, type Peeked, type Report } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** A VM instance. */
export const INSTANCE = "gcp:compute/instance:Instance";
/** A global instance template. */
export const INSTANCE_TEMPLATE = "gcp:compute/instanceTemplate:InstanceTemplate";
/** A regional instance template. */
export const REGION_INSTANCE_TEMPLATE = "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate";
/** Instances and both template kinds: the resources that define a VM's settings. */
export const VM_TYPES: readonly string[] = [INSTANCE, INSTANCE_TEMPLATE, REGION_INSTANCE_TEMPLATE];

/** Project-wide metadata, the whole map (`gcp:compute/projectMetadata:ProjectMetadata`). */
export const PROJECT_METADATA = "gcp:compute/projectMetadata:ProjectMetadata";
/** One project-wide metadata key (`gcp:compute/projectMetadataItem:ProjectMetadataItem`, `key` and `value`). */
export const PROJECT_METADATA_ITEM = "gcp:compute/projectMetadataItem:ProjectMetadataItem";

/** A human name for a VM resource type, for messages. */
export function vmKind(type: string): string {
  return type === INSTANCE ? "instance" : "instance template";
}

/**
 * How Compute Engine reads a boolean metadata value: `TRUE`/`true`/`1`/`y`/`yes` are on,
 * `FALSE`/`false`/`0`/`n`/`no` are off (case-insensitive); anything else is `undefined`.
 */
export function metadataBool(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const v = String(value).trim().toLowerCase();
  if (["true", "1", "y", "yes"].includes(v)) return true;
  if (["false", "0", "n", "no"].includes(v)) return false;
  return undefined;
}

/** A metadata key of a resource's `metadata` map (instances, templates, `ProjectMetadata`). */
export function metadataKey(props: unknown, key: string): Peeked<unknown> {
  const md = peek<Record<string, unknown>>(props, "metadata");
  if (md.state !== "known") return md;
  return peek<unknown>(md.value, [key]);
}

/**
 * Whether a service account email is a Google-created default one: the Compute Engine default
 * (`<project-number>-compute@developer.gserviceaccount.com`) or the App Engine default
 * (`<project-id>@appspot.gserviceaccount.com`). Accepts `serviceAccount:` member strings too.
 */
export function isDefaultServiceAccount(email: unknown): boolean {
  if (typeof email !== "string") return false;
  const e = email
    .trim()
    .toLowerCase()
    .replace(/^serviceaccount:/, "");
  return /^\d+-compute@developer\.gserviceaccount\.com$/.test(e) || /^[a-z][a-z0-9-]*@appspot\.gserviceaccount\.com$/.test(e);
}

/** Whether a service account email is the Compute Engine default one (`<number>-compute@developer.gserviceaccount.com`, or `default`). */
export function isComputeDefaultServiceAccount(email: string): boolean {
  const e = email.trim().toLowerCase();
  return e === "default" || /^\d+-compute@developer\.gserviceaccount\.com$/.test(e);
}

/**
 * The service account a VM runs as: `none` without a `serviceAccount` block (the provider then
 * creates the VM without one), `default` when the block has no `email` (the provider's documented
 * default: the Compute Engine default service account) or names it, `custom` otherwise, and
 * `unknown` when the email is unknown during preview.
 */
export function vmServiceAccount(props: unknown): "none" | "default" | "custom" | "unknown" {
  const sa = peek<unknown>(props, "serviceAccount");
  if (sa.state === "absent") return "none";
  if (sa.state === "unknown") return "unknown";
  const email = peek<unknown>(sa.value, "email");
  if (email.state === "unknown") return "unknown";
  if (email.state === "absent" || (typeof email.value === "string" && email.value.trim() === "")) return "default";
  return typeof email.value === "string" && isComputeDefaultServiceAccount(email.value) ? "default" : "custom";
}

/** The OAuth scope of full access to every Cloud API, and its gcloud alias. */
export function isCloudPlatformScope(scope: unknown): boolean {
  if (typeof scope !== "string") return false;
  const s = scope.trim().toLowerCase();
  return s === "cloud-platform" || s === "https://www.googleapis.com/auth/cloud-platform";
}

/** The verdict on one metadata key: on, off, absent, unknown during preview, or a value Compute Engine does not read as a boolean. */
export type MetadataFlag = "on" | "off" | "absent" | "unknown" | "other";

/** Reads a boolean metadata key of a `metadata` map (instance, template, `ProjectMetadata`). */
export function metadataFlag(props: unknown, key: string): MetadataFlag {
  const v = metadataKey(props, key);
  if (v.state === "unknown") return "unknown";
  if (v.state === "absent") return "absent";
  const b = metadataBool(v.value);
  return b === undefined ? "other" : b ? "on" : "off";
}

/**
 * Reads a `ProjectMetadataItem`: `not-this-key` when its `key` is another key, otherwise the flag
 * of its `value` (`unknown` when the key or value is unknown during preview).
 */
export function metadataItemFlag(props: unknown, key: string): MetadataFlag | "not-this-key" {
  const k = peek<unknown>(props, "key");
  if (k.state === "unknown") return "unknown";
  if (k.state !== "known" || k.value !== key) return "not-this-key";
  const v = peek<unknown>(props, "value");
  if (v.state === "unknown") return "unknown";
  if (v.state === "absent") return "absent";
  const b = metadataBool(v.value);
  return b === undefined ? "other" : b ? "on" : "off";
}

/** A global backend service (`gcp:compute/backendService:BackendService`). */
export const BACKEND_SERVICE = "gcp:compute/backendService:BackendService";

/**
 * A policy on backend services of some load balancers: `applies` gets the service's
 * `loadBalancingScheme` and `protocol`, upper-case, with the provider's defaults when omitted
 * (`EXTERNAL`, `HTTP`); only when it accepts them does `check` run. Either value unknown during
 * preview asks for the advisory on the whole service.
 */
export function backendServicePolicy<const N extends string>({
  applies,
  check,
  ...meta
}: Omit<FactoryPolicyMetadata<N>, "resourceTypes"> & {
  readonly applies: (scheme: string, protocol: string) => boolean;
  readonly check: (props: Record<string, unknown>, report: Report) => void;
}) {
  return gcpPolicy({
    ...meta,
    resourceTypes: [BACKEND_SERVICE],
    validateResource: ({ props }, report) => {
      const scheme = peek<unknown>(props, "loadBalancingScheme");
      const protocol = peek<unknown>(props, "protocol");
      if (scheme.state === "unknown" || protocol.state === "unknown") return requireKnown(props);
      const s = scheme.state === "known" ? String(scheme.value).toUpperCase() : "EXTERNAL";
      const p = protocol.state === "known" ? String(protocol.value).toUpperCase() : "HTTP";
      if (applies(s, p)) check(props, report);
    },
  });
}

/** What a metadata-key policy says about each resource kind it checks (`metadataFlagPolicy`): a violation message or `undefined`. */
export interface MetadataFlagRule {
  /** The boolean metadata key (`enable-oslogin`). */
  readonly key: string;
  /** A `ProjectMetadataItem` whose `key` is this key, by the flag of its `value`. */
  readonly item?: (flag: MetadataFlag) => string | undefined;
  /** A `ProjectMetadata` (the project's whole map), by the key's flag. */
  readonly project?: (flag: MetadataFlag) => string | undefined;
  /** A VM (instance or template; `kind` names it for messages), by the key's flag in its own metadata. */
  readonly vm?: (flag: MetadataFlag, kind: string) => string | undefined;
}

/**
 * A policy on one boolean metadata key of project metadata, project metadata items and VMs
 * (whichever of them `resourceTypes` lists): a `ProjectMetadataItem` of another key is skipped; an
 * unknown key or value asks for the advisory (the item's props, or `metadata`); otherwise the
 * rule for the resource's kind gives the message.
 */
export function metadataFlagPolicy<const N extends string>({ key, item, project, vm, ...meta }: FactoryPolicyMetadata<N> & MetadataFlagRule) {
  return gcpPolicy({
    ...meta,
    validateResource: ({ type, props }, report) => {
      if (type === PROJECT_METADATA_ITEM) {
        const f = metadataItemFlag(props, key);
        if (f === "unknown") return requireKnown(props);
        const m = f === "not-this-key" ? undefined : item?.(f);
        if (m !== undefined) report(m);
        return;
      }
      const f = metadataFlag(props, key);
      if (f === "unknown") return requireKnown(props, "metadata");
      const m = type === PROJECT_METADATA ? project?.(f) : vm?.(f, vmKind(type));
      if (m !== undefined) report(m);
    },
  });
}

/**
 * A policy on VMs (instances and both template kinds, `VM_TYPES`): `check` reads the VM's props
 * and reports; `kind` names the resource for messages (`instance`, `instance template`).
 */
export function vmPolicy<const N extends string>({
  check,
  ...meta
}: Omit<FactoryPolicyMetadata<N>, "resourceTypes"> & { readonly check: (props: Record<string, unknown>, kind: string, report: Report) => void }) {
  return gcpPolicy({
    ...meta,
    resourceTypes: VM_TYPES,
    validateResource: ({ type, props }, report) => check(props, vmKind(type), report),
  });
}
