/**
 * `definePolicy`: how a rampart policy is written.
 *
 * A definition carries the metadata a security team needs (severity, remediation steps, url,
 * compliance controls) and the type tokens it applies to, and is checked up front for what the
 * Pulumi CLI would reject later (pack/policy name pattern `^[a-zA-Z0-9-_.]{1,100}$`, the reserved
 * policy name `all`, `enforcementLevel` inside a config schema; see @pulumi/policy 1.21
 * server.js `serve`). `toPulumiPolicy` turns it into @pulumi/policy's `ResourceValidationPolicy`
 * or `StackValidationPolicy`.
 */
import type {
  EnforcementLevel as SdkEnforcementLevel,
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { StackIndex } from "./stack-index";
import { EXEMPTIONS_KEY, EXEMPTIONS_SCHEMA, ExemptionMatcher, expiredNote, parseExemptions } from "./exemptions";
import { currentStackView, installDispatch, RAMPART_TYPES } from "./dispatch";
import { installSdkHooks } from "./sdk-hooks";
import { scrubSecrets, secretsOf, withSecretContext } from "./secrets";
import { Cloud, ComplianceControl, ConfigSpec, ENFORCEMENT_LEVELS, EnforcementLevel, PolicyConfigError, SEVERITIES, Severity } from "./types";

installSdkHooks();
installDispatch();

/** One StackIndex per stack view: every stack policy of a request shares it (see dispatch.ts). */
const indexByStack = new WeakMap<readonly PolicyResource[], StackIndex>();
/** The secrets of every resource of a stack view and of their providers, found once per view. */
const secretsByStack = new WeakMap<readonly PolicyResource[], ReadonlySet<string>>();

function stackIndexOf(resources: readonly PolicyResource[]): StackIndex {
  let index = indexByStack.get(resources);
  if (!index) indexByStack.set(resources, (index = new StackIndex(resources)));
  return index;
}

function stackSecretsOf(resources: readonly PolicyResource[]): ReadonlySet<string> {
  let secrets = secretsByStack.get(resources);
  if (!secrets) secretsByStack.set(resources, (secrets = union(resources.flatMap((r) => [secretsOf(r.props), secretsOf(r.provider?.props)]))));
  return secrets;
}

/** Marks a validate function with its policy's type tokens, for the dispatcher (not enumerable). */
function markTypes<F extends object>(fn: F, types: ReadonlySet<string>): F {
  Object.defineProperty(fn, RAMPART_TYPES, { value: types, enumerable: false });
  return fn;
}

/** The Pulumi CLI's pattern for pack and policy names. */
export const PULUMI_NAME_PATTERN = /^[a-zA-Z0-9-_.]{1,100}$/;
/** rampart's naming rule: `<cloud>-<service>-<rule>`, lower-case kebab. */
export const POLICY_NAME_PATTERN = /^(aws|azure|gcp|multi)-[a-z0-9]+(-[a-z0-9]+)+$/;
/** Tag prefix of a policy's former name (`alias:<old-name>`), one tag per alias. */
export const ALIAS_TAG_PREFIX = "alias:";
/** A type token: `<package>:<module>:<type>`, e.g. `aws:s3/bucket:Bucket`, `pulumi:providers:aws`. */
export const TYPE_TOKEN_PATTERN = /^[a-zA-Z][\w-]*:[\w/.-]*:[\w.-]+$/;

/** A provider resource as the engine hands it to a policy: its type, name, URN and inputs. */
export interface ProviderInfo {
  type: string;
  name: string;
  urn: string;
  props: Record<string, any>;
}

/** What a resource validation policy sees for one resource. */
export interface ResourceContext<C> {
  /** Type token, e.g. `aws:s3/bucket:Bucket`. */
  type: string;
  /** Logical name of the resource in the program. */
  name: string;
  urn: string;
  /** Resource inputs (after the provider's Check), proxied: reading an unknown value throws. */
  props: Record<string, any>;
  /** The resource's provider (explicit or default), when the engine sends it. */
  provider?: ProviderInfo;
  /** This policy's effective configuration: schema defaults < pack options < CLI/Cloud config. */
  config: C;
  /** Stack tags from ConfigureStack. */
  stackTags: ReadonlyMap<string, string>;
  /** Stops this policy for this resource and tells the engine why. */
  notApplicable(reason?: string): never;
}

/** What a stack validation policy sees: every resource's outputs, indexed once per AnalyzeStack request (shared by the pack's stack policies). */
export interface StackContext<C> {
  resources: PolicyResource[];
  index: StackIndex;
  config: C;
  stackTags: ReadonlyMap<string, string>;
  notApplicable(reason?: string): never;
}

/**
 * Reports a violation. `message` says what is wrong, at which property path, and what to do; the
 * SDK prints it under the policy's description, at the policy's enforcement level. Secret values
 * are replaced by `[secret]`: build messages with `msg` (values derived from a secret become
 * `[secret]` whatever the policy did to them); whole secret values left in the finished text are
 * scrubbed too.
 *
 * `report.unknown(message)` says the verdict depends on a value unknown during preview: it is
 * always advisory ("... can't be checked during preview: <message>"), never mandatory.
 * `report.advisory(message)` reports at advisory level whatever the policy's level: for findings
 * the policy cannot call violations (e.g. "region cannot be determined").
 */
export interface Report {
  (message: string): void;
  unknown(message: string): void;
  advisory(message: string): void;
}
/** Stack-level report: `urn` names the offending resource. */
export interface StackReport {
  (message: string, urn?: string): void;
  unknown(message: string, urn?: string): void;
  advisory(message: string, urn?: string): void;
}

/** Prefix of rampart's own preview advisory (next to the SDK's "can't run policy ... during preview"). */
export const PREVIEW_UNKNOWN_PREFIX = "can't be checked during preview: ";

/** One set of the values of several (each returned as is when the others are empty). */
function union(sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const nonEmpty = sets.filter((x) => x.size > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? new Set();
  return new Set(nonEmpty.flatMap((x) => [...x]));
}

function makeReport(def: PolicyMetadata, reportViolation: ReportViolation, secretsOfRequest: () => ReadonlySet<string>): StackReport {
  // Secrets are looked up only when something is reported (most resources report nothing).
  const clean = (m: string) => {
    const secrets = secretsOfRequest();
    return secrets.size ? scrubSecrets(m, secrets) : m;
  };
  const report = ((message: string, urn?: string) => reportViolation(clean(message), urn)) as StackReport;
  report.unknown = (message: string, urn?: string) =>
    reportViolation({
      message: `${def.description}\n${PREVIEW_UNKNOWN_PREFIX}${clean(message)}`,
      urn,
      enforcementLevel: "advisory",
    } as any);
  report.advisory = (message: string, urn?: string) =>
    reportViolation({ message: `${def.description}\n${clean(message)}`, urn, enforcementLevel: "advisory" } as any);
  return report;
}

/** Metadata common to every rampart policy. */
export interface PolicyMetadata<N extends string = string> {
  /** Unique kebab-case `<cloud>-<service>-<rule>`, e.g. `aws-s3-disallow-public-acl`. */
  name: N;
  /** One sentence: what good looks like ("S3 buckets must block public access."). */
  description: string;
  cloud: Cloud;
  /** Service key, lower-case (`s3`, `ec2`, `rds`, `compute`, `storage`). */
  service: string;
  severity: Severity;
  /** Default enforcement level; a pack's options or the CLI's config can change it. */
  enforcementLevel: EnforcementLevel;
  /** What to change, concretely, to fix a violation. */
  remediationSteps: string;
  /** Documentation page of the setting (the cloud's docs). */
  url: string;
  /** Compliance controls this policy implements; the first one is reported as `framework`. */
  controls?: readonly ComplianceControl[];
  /** Type tokens the policy applies to (resource types, or for stack policies the types it reads). */
  resourceTypes: readonly string[];
  /** Extra tags, added to `cloud:<cloud>`, `service:<service>`, `severity:<s>` and controls. */
  tags?: readonly string[];
  /**
   * Former names of a renamed policy. Pack config, exemptions and baselines written against an
   * alias still apply to this policy (with a deprecation notice asking to use the new name).
   * Each alias follows the Pulumi name pattern and is unique across the pack's names and aliases.
   */
  aliases?: readonly string[];
}

/** A resource validation policy definition. */
export interface ResourcePolicyDefinition<N extends string, C extends object> extends PolicyMetadata<N> {
  config?: ConfigSpec<C>;
  validateResource(resource: ResourceContext<C>, report: Report): void;
}

/** A stack validation policy definition. */
export interface StackPolicyDefinition<N extends string, C extends object> extends PolicyMetadata<N> {
  config?: ConfigSpec<C>;
  validateStack(stack: StackContext<C>, report: StackReport): void;
}

/** Per-policy settings a pack can pass: an enforcement level, or a level plus config values. */
export type PolicySetting<C> = EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Partial<C>);

/** A defined policy: metadata, defaults, and a factory for the @pulumi/policy object. */
export interface RampartPolicy<N extends string = string, C extends object = any> extends PolicyMetadata<N> {
  readonly kind: "resource" | "stack";
  /** JSON-Schema properties of the config (each with `default`), or undefined. */
  readonly configSchema?: { properties: ConfigSpec<C> };
  /** Default config values, from the schema's `default`s. */
  readonly defaults: Readonly<C>;
  /** Tags as reported to the engine. */
  readonly allTags: readonly string[];
  /**
   * Builds the @pulumi/policy policy. `setting` (from pack options) becomes the policy's default
   * enforcement level and config; config from the CLI (`getConfig()`) still overrides it.
   */
  toPulumiPolicy(setting?: PolicySetting<C>): ResourceValidationPolicy | StackValidationPolicy;
  /** The definition as written. */
  readonly definition: ResourcePolicyDefinition<N, C> | StackPolicyDefinition<N, C>;
}

/** Error for a policy definition the Pulumi CLI or rampart's conventions would reject. */
export class PolicyDefinitionError extends Error {
  constructor(policyName: string, problem: string) {
    super(`policy "${policyName}": ${problem}`);
    this.name = "PolicyDefinitionError";
  }
}

function check(def: PolicyMetadata & { config?: Record<string, any> }): void {
  const n = def.name;
  const fail = (p: string) => {
    throw new PolicyDefinitionError(String(n), p);
  };
  if (typeof n !== "string" || !PULUMI_NAME_PATTERN.test(n)) fail("name must match ^[a-zA-Z0-9-_.]{1,100}$ (Pulumi CLI rule)");
  if (n === "all") fail('"all" is a reserved policy name in the Pulumi CLI');
  if (!POLICY_NAME_PATTERN.test(n)) fail("name must be kebab-case <cloud>-<service>-<rule>, e.g. aws-s3-disallow-public-acl");
  if (!n.startsWith(`${def.cloud}-${def.service}-`)) fail(`name must start with "${def.cloud}-${def.service}-" (cloud and service)`);
  if (!def.description || def.description.length < 10) fail("description is required");
  if (!SEVERITIES.includes(def.severity)) fail(`severity must be one of ${SEVERITIES.join(", ")}`);
  if (!ENFORCEMENT_LEVELS.includes(def.enforcementLevel)) fail(`enforcementLevel must be one of ${ENFORCEMENT_LEVELS.join(", ")}`);
  if (!def.remediationSteps || def.remediationSteps.length < 10) fail("remediationSteps are required");
  if (!/^https:\/\/\S+$/.test(def.url ?? "")) fail("url must be an https:// link to the setting's documentation");
  if (!Array.isArray(def.resourceTypes) || def.resourceTypes.length === 0) fail("resourceTypes must list at least one type token");
  for (const t of def.resourceTypes) if (!TYPE_TOKEN_PATTERN.test(t)) fail(`"${t}" is not a type token like aws:s3/bucket:Bucket`);
  for (const a of def.aliases ?? []) {
    if (typeof a !== "string" || !PULUMI_NAME_PATTERN.test(a) || a === "all" || a === n)
      fail(`alias "${a}" must be a former policy name (Pulumi name pattern, not "all", not the name itself)`);
  }
  for (const [field, value] of [
    ["description", def.description],
    ["remediationSteps", def.remediationSteps],
    ["url", def.url],
  ] as const) {
    if (/\bTODO\b/.test(value ?? "")) fail(`${field} still holds a TODO placeholder of the generator: write it`);
  }
  if (/^https:\/\/[^/]*\.invalid(?:[/:?#]|$)/i.test(def.url ?? "")) fail("url is a .invalid placeholder: link the cloud's documentation page of the setting");
  for (const c of def.controls ?? []) {
    if (!c.framework || !c.version || !c.id) fail("each compliance control needs framework, version and id");
  }
  if (def.config) {
    if ("enforcementLevel" in def.config) fail("enforcementLevel cannot be a config property (the Pulumi CLI adds it itself)");
    if (EXEMPTIONS_KEY in def.config) fail("exemptions cannot be a config property (every policy takes it already)");
    for (const [k, s] of Object.entries(def.config)) {
      if (!s || typeof s !== "object" || !("default" in s)) fail(`config property "${k}" needs a default`);
      if (!s.description) fail(`config property "${k}" needs a description`);
    }
  }
}

function tagsOf(def: PolicyMetadata): string[] {
  const tags = [`cloud:${def.cloud}`, `service:${def.service}`, `severity:${def.severity}`];
  for (const c of def.controls ?? []) tags.push(`${c.framework}-${c.version}:${c.id}`);
  for (const t of def.tags ?? []) tags.push(t);
  // Former names travel with the policy's tags (GetAnalyzerInfo), so tools that only see a running
  // pack (the rampart CLI, Pulumi Cloud) can apply exemptions and baselines written against them.
  for (const a of def.aliases ?? []) tags.push(`${ALIAS_TAG_PREFIX}${a}`);
  return [...new Set(tags)];
}

function settingParts<C>(setting: PolicySetting<C> | undefined): { level?: EnforcementLevel; config: Partial<C> } {
  if (setting === undefined) return { config: {} };
  if (typeof setting === "string") return { level: setting, config: {} };
  const { enforcementLevel, ...config } = setting as { enforcementLevel?: EnforcementLevel } & Partial<C>;
  return { level: enforcementLevel, config: config as Partial<C> };
}

function resolveConfig<C extends object>(defaults: C, fromPack: Partial<C>, fromCli: Record<string, unknown>): C {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(fromPack)) if (v !== undefined) out[k] = v;
  for (const [k, v] of Object.entries(fromCli ?? {})) if (v !== undefined && k !== "enforcementLevel") out[k] = v;
  return out as C;
}

/**
 * A policy's config properties as reported to the engine: its own plus `exemptions`, which every
 * policy accepts (see ./exemptions). The Pulumi CLI validates config against exactly this schema.
 */
export function engineConfigProperties(
  p: { configSchema?: { properties: Record<string, unknown> } } | { config?: Record<string, unknown> },
): Record<string, unknown> {
  const own = "configSchema" in p ? p.configSchema?.properties : (p as { config?: Record<string, unknown> }).config;
  return { ...(own ?? {}), [EXEMPTIONS_KEY]: EXEMPTIONS_SCHEMA };
}

/**
 * One validation call of a policy: resolves its config (`config()`), builds the reporter that
 * applies the config's exemptions (`urn`/`name`: the resource's, for a resource policy) and runs
 * `run` with the request's secrets in context (`withSecretContext`). A `PolicyConfigError` (from
 * the config or from `run`) becomes one advisory finding instead of failing the whole preview.
 */
function runValidation<C extends object>(
  def: PolicyMetadata,
  reportViolation: ReportViolation,
  secretsOfRequest: () => ReadonlySet<string>,
  config: () => C,
  exemptionsOf: (value: unknown) => ExemptionMatcher | undefined,
  urn: string | undefined,
  name: string | undefined,
  run: (config: C, exempting: StackReport) => void,
): void {
  const report = makeReport(def, reportViolation, secretsOfRequest);
  try {
    const c = config();
    const exempting = makeReport(def, exemptingReporter(reportViolation, exemptionsOf((c as any)[EXEMPTIONS_KEY]), urn, name), secretsOfRequest);
    withSecretContext(secretsOfRequest, () => run(c, exempting));
  } catch (e) {
    if (!(e instanceof PolicyConfigError)) throw e;
    report.advisory(`The policy's configuration cannot be used: ${e.message}. Fix it in the policy pack configuration.`);
  }
}

/** The last exemptions value seen and its matcher: config is the same for every resource of a run. */
function exemptionCache() {
  let lastJson: string | undefined;
  let last: ExemptionMatcher | undefined;
  return (value: unknown): ExemptionMatcher | undefined => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return undefined;
    const json = JSON.stringify(value);
    if (json !== lastJson) {
      last = new ExemptionMatcher(parseExemptions(value));
      lastJson = json;
    }
    return last;
  };
}

/**
 * Wraps the SDK's `reportViolation` so exemptions apply: a finding an exemption in force covers is
 * dropped; one only expired exemptions cover is reported with a line saying so. `defaultUrn` is the
 * resource a resource policy's findings are about.
 */
function exemptingReporter(reportViolation: ReportViolation, ex: ExemptionMatcher | undefined, defaultUrn?: string, defaultName?: string): ReportViolation {
  if (!ex || ex.empty) return reportViolation;
  return ((arg: string | { message: string; urn?: string }, urn?: string) => {
    const obj = typeof arg === "string" ? undefined : arg;
    const target = (obj ? obj.urn : urn) ?? defaultUrn;
    const m = ex.match(target, target === defaultUrn ? defaultName : undefined);
    if (m.active) return;
    if (!m.expired.length) return (reportViolation as any)(arg, urn);
    const note = expiredNote(m.expired);
    if (obj) return (reportViolation as any)({ ...obj, message: `${obj.message}\n${note}` });
    return (reportViolation as any)(`${arg}\n${note}`, urn);
  }) as ReportViolation;
}

function frameworkOf(def: PolicyMetadata) {
  const c = def.controls?.[0];
  if (!c) return undefined;
  return { name: c.framework, version: c.version, reference: c.id, specification: c.reference ?? "" };
}

/**
 * Defines a resource or stack validation policy.
 *
 * @param def the policy: metadata, `resourceTypes`, optional `config` (JSON-Schema properties,
 *   each with a `default`), and `validateResource` or `validateStack`.
 * @returns a frozen `RampartPolicy`.
 * @throws PolicyDefinitionError when a name, metadata field or config schema would be rejected
 *   by the Pulumi CLI or breaks rampart's conventions.
 */
export function definePolicy<const N extends string, C extends object = Record<string, never>>(
  def: ResourcePolicyDefinition<N, C> | StackPolicyDefinition<N, C>,
): RampartPolicy<N, C> {
  check(def);
  const isStack = "validateStack" in def && typeof (def as StackPolicyDefinition<N, C>).validateStack === "function";
  const isResource = "validateResource" in def && typeof (def as ResourcePolicyDefinition<N, C>).validateResource === "function";
  if (isStack === isResource) throw new PolicyDefinitionError(def.name, "define exactly one of validateResource or validateStack");
  const defaults = {} as C;
  for (const [k, s] of Object.entries(def.config ?? {})) (defaults as any)[k] = (s as { default: unknown }).default;
  const allTags = tagsOf(def);
  const types = new Set(def.resourceTypes);
  const policy: RampartPolicy<N, C> = {
    ...def,
    kind: isStack ? "stack" : "resource",
    configSchema: def.config ? { properties: def.config } : undefined,
    defaults: Object.freeze(defaults),
    allTags,
    definition: def,
    toPulumiPolicy(setting) {
      const { level, config: fromPack } = settingParts<C>(setting);
      const base = {
        name: def.name,
        description: def.description,
        enforcementLevel: (level ?? def.enforcementLevel) as SdkEnforcementLevel,
        severity: def.severity,
        remediationSteps: def.remediationSteps,
        url: def.url,
        tags: [...allTags],
        framework: frameworkOf(def),
        configSchema: { properties: engineConfigProperties(def) as any },
      };
      const exemptionsOf = exemptionCache();
      if (!isStack) {
        const validate = (def as ResourcePolicyDefinition<N, C>).validateResource;
        const fn = (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
          if (!types.has(args.type)) return;
          // The resource's secrets and its provider's (a secret provider region).
          let secrets: ReadonlySet<string> | undefined;
          const secretsOfRequest = () => (secrets ??= union([secretsOf(args.props), secretsOf(args.provider?.props)]));
          const config = () => resolveConfig(defaults, fromPack, args.getConfig<Record<string, unknown>>());
          runValidation(def, reportViolation, secretsOfRequest, config, exemptionsOf, args.urn, args.name, (config, exempting) =>
            validate(
              {
                type: args.type,
                name: args.name,
                urn: args.urn,
                props: args.props,
                provider: args.provider as ProviderInfo | undefined,
                config,
                stackTags: args.stackTags,
                notApplicable: args.notApplicable,
              },
              exempting,
            ),
          );
        };
        // @pulumi/policy skips a policy before deserializing anything when the validate function
        // carries `__pulumiType` and the resource's type differs (server.js makeAnalyzeRpcFun).
        if (def.resourceTypes.length === 1) (fn as any).__pulumiType = def.resourceTypes[0];
        return { ...base, validateResource: markTypes(fn, types) } as ResourceValidationPolicy;
      }
      const validate = (def as StackPolicyDefinition<N, C>).validateStack;
      const fn = (args: StackValidationArgs, reportViolation: ReportViolation) => {
        if (!args.resources.some((r) => types.has(r.type))) return;
        // Under the dispatcher `args.resources` holds only this policy's types; the whole stack is
        // the request's shared view (built once, indexed once). Without it, the SDK's own list.
        const resources = (currentStackView() as PolicyResource[] | undefined) ?? args.resources;
        const secretsOfRequest = () => stackSecretsOf(resources);
        const config = () => resolveConfig(defaults, fromPack, args.getConfig<Record<string, unknown>>());
        runValidation(def, reportViolation, secretsOfRequest, config, exemptionsOf, undefined, undefined, (config, exempting) =>
          validate(
            {
              resources,
              index: stackIndexOf(resources),
              config,
              stackTags: args.stackTags,
              notApplicable: args.notApplicable,
            },
            exempting,
          ),
        );
      };
      if (def.resourceTypes.length === 1) (fn as any).__pulumiType = def.resourceTypes[0];
      return { ...base, validateStack: markTypes(fn, types) } as StackValidationPolicy;
    },
  };
  return Object.freeze(policy);
}
