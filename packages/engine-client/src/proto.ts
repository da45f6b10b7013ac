/**
 * Building the analyzer protocol's requests and reading its responses with @pulumi/pulumi's
 * generated protobuf classes (proto/analyzer_pb: `AnalyzeRequest`, `AnalyzeStackRequest`,
 * `AnalyzerResource`, `AnalyzerResourceOptions`, `AnalyzerProviderResource`,
 * `AnalyzerPropertyDependencies`, `AnalyzeResponse`, `AnalyzerInfo`), filled as the Pulumi engine
 * fills them: resource options are always set (@pulumi/policy rejects a request without them).
 */
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import * as structPb from "google-protobuf/google/protobuf/struct_pb";

/** A resource as the engine describes it to an analyzer. Property values are in wire form. */
export interface EngineResource {
  type: string;
  name: string;
  urn: string;
  /** Inputs for Analyze; for AnalyzeStack, the engine sends outputs (or inputs where no outputs yet). */
  props: Record<string, unknown>;
  /** The resource's provider resource, resolved from its provider reference. */
  provider?: EngineProvider;
  /** Parent URN. */
  parent?: string;
  /** URNs this resource depends on. */
  dependencies?: string[];
  /** Property name → URNs that property's value came from. */
  propertyDependencies?: Record<string, string[]>;
  /** Resource options (protect, ignoreChanges, ...); defaults are what the engine sends. */
  options?: EngineResourceOptions;
}

/** A provider resource as handed to an analyzer with a resource. */
export interface EngineProvider {
  type: string;
  name: string;
  urn: string;
  props: Record<string, unknown>;
}

/** The resource options the engine sends. */
export interface EngineResourceOptions {
  protect?: boolean;
  ignoreChanges?: string[];
  deleteBeforeReplace?: boolean;
  additionalSecretOutputs?: string[];
  aliases?: string[];
  /** Operation timeouts in seconds, as state records them (`customTimeouts` of a stack export resource). */
  customTimeouts?: { create?: number; update?: number; delete?: number };
  parent?: string;
}

/** One diagnostic from an analyzer, decoded. */
export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  enforcementLevel: "advisory" | "mandatory" | "disabled" | "remediate";
  urn: string;
  severity: "" | "low" | "medium" | "high" | "critical";
}

/** An analyzer's answer to Analyze or AnalyzeStack. */
export interface AnalyzeOutcome {
  diagnostics: Diagnostic[];
  notApplicable: { policyName: string; reason: string }[];
}

/** Converts a JSON-like object into a protobuf Struct (undefined values are dropped). */
export function toStruct(obj: Record<string, unknown>): structPb.Struct {
  return structPb.Struct.fromJavaScript(JSON.parse(JSON.stringify(obj ?? {})));
}

function options(o: EngineResourceOptions | undefined, parent: string | undefined): analyzerPb.AnalyzerResourceOptions {
  const opts = new analyzerPb.AnalyzerResourceOptions();
  opts.setProtect(o?.protect ?? false);
  opts.setIgnorechangesList(o?.ignoreChanges ?? []);
  opts.setAdditionalsecretoutputsList(o?.additionalSecretOutputs ?? []);
  opts.setAliasesList(o?.aliases ?? []);
  if (o?.deleteBeforeReplace !== undefined) {
    opts.setDeletebeforereplacedefined(true);
    opts.setDeletebeforereplace(o.deleteBeforeReplace);
  }
  const p = o?.parent ?? parent;
  if (p) opts.setParent(p);
  const timeouts = new analyzerPb.AnalyzerResourceOptions.CustomTimeouts();
  const t = o?.customTimeouts;
  if (typeof t?.create === "number") timeouts.setCreate(t.create);
  if (typeof t?.update === "number") timeouts.setUpdate(t.update);
  if (typeof t?.delete === "number") timeouts.setDelete(t.delete);
  opts.setCustomtimeouts(timeouts);
  return opts;
}

function provider(p: EngineProvider): analyzerPb.AnalyzerProviderResource {
  const pr = new analyzerPb.AnalyzerProviderResource();
  pr.setType(p.type);
  pr.setName(p.name);
  pr.setUrn(p.urn);
  pr.setProperties(toStruct(p.props));
  return pr;
}

/** The Analyze request for one resource. */
export function toAnalyzeRequest(r: EngineResource): analyzerPb.AnalyzeRequest {
  const req = new analyzerPb.AnalyzeRequest();
  req.setType(r.type);
  req.setName(r.name);
  req.setUrn(r.urn);
  req.setProperties(toStruct(r.props));
  req.setOptions(options(r.options, r.parent));
  if (r.provider) req.setProvider(provider(r.provider));
  return req;
}

/** The Analyze request for one resource, encoded (protobuf bytes), to send one encoding to several packs. */
export function serializeAnalyzeRequest(r: EngineResource): Uint8Array {
  return toAnalyzeRequest(r).serializeBinary();
}

/** An Analyze request that serializes to `bytes` as they are (from `serializeAnalyzeRequest`). */
export function preSerializedAnalyzeRequest(bytes: Uint8Array): analyzerPb.AnalyzeRequest {
  return Object.create(analyzerPb.AnalyzeRequest.prototype, { serializeBinary: { value: () => bytes } });
}

/** One resource of an AnalyzeStack request. */
function toAnalyzerResource(r: EngineResource): analyzerPb.AnalyzerResource {
  const ar = new analyzerPb.AnalyzerResource();
  ar.setType(r.type);
  ar.setName(r.name);
  ar.setUrn(r.urn);
  ar.setProperties(toStruct(r.props));
  ar.setOptions(options(r.options, r.parent));
  if (r.provider) ar.setProvider(provider(r.provider));
  if (r.parent) ar.setParent(r.parent);
  ar.setDependenciesList(r.dependencies ?? []);
  const map = ar.getPropertydependenciesMap();
  for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
    const d = new analyzerPb.AnalyzerPropertyDependencies();
    d.setUrnsList(urns);
    map.set(k, d);
  }
  return ar;
}

/** The AnalyzeStack request for a set of resources. */
export function toAnalyzeStackRequest(resources: readonly EngineResource[]): analyzerPb.AnalyzeStackRequest {
  const req = new analyzerPb.AnalyzeStackRequest();
  req.setResourcesList(resources.map(toAnalyzerResource));
  return req;
}

/**
 * The AnalyzeStack request for a set of resources, in protobuf wire format, the same bytes as
 * `toAnalyzeStackRequest(resources).serializeBinary()`. Each resource is encoded on its own and
 * appended as one element of the repeated field 1 (`resources`), so only one resource's protobuf
 * objects are alive at a time: the whole request costs its bytes, not a message tree (which for a
 * large stack is many times larger).
 */
export function serializeAnalyzeStackRequest(resources: readonly EngineResource[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (const r of resources) {
    const bytes = toAnalyzerResource(r).serializeBinary();
    const head = [0x0a]; // field 1, wire type 2 (length-delimited)
    for (let n = bytes.length; ; n = Math.floor(n / 128)) {
      if (n < 128) {
        head.push(n);
        break;
      }
      head.push((n % 128) | 0x80);
    }
    chunks.push(Uint8Array.from(head), bytes);
    total += head.length + bytes.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * An AnalyzeStack request that serializes to `bytes` as they are (from
 * `serializeAnalyzeStackRequest`): one encoding sent to several packs.
 */
export function preSerializedStackRequest(bytes: Uint8Array): analyzerPb.AnalyzeStackRequest {
  return Object.create(analyzerPb.AnalyzeStackRequest.prototype, { serializeBinary: { value: () => bytes } });
}

const LEVELS: Record<number, Diagnostic["enforcementLevel"]> = {
  [analyzerPb.EnforcementLevel.ADVISORY]: "advisory",
  [analyzerPb.EnforcementLevel.MANDATORY]: "mandatory",
  [analyzerPb.EnforcementLevel.DISABLED]: "disabled",
  [analyzerPb.EnforcementLevel.REMEDIATE]: "remediate",
};
const SEVERITIES: Record<number, Diagnostic["severity"]> = {
  [analyzerPb.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED]: "",
  [analyzerPb.PolicySeverity.POLICY_SEVERITY_LOW]: "low",
  [analyzerPb.PolicySeverity.POLICY_SEVERITY_MEDIUM]: "medium",
  [analyzerPb.PolicySeverity.POLICY_SEVERITY_HIGH]: "high",
  [analyzerPb.PolicySeverity.POLICY_SEVERITY_CRITICAL]: "critical",
};

/** Enforcement level name → protocol enum value. */
export function enforcementLevelToProto(level: string): analyzerPb.EnforcementLevel {
  switch (level) {
    case "mandatory":
      return analyzerPb.EnforcementLevel.MANDATORY;
    case "disabled":
      return analyzerPb.EnforcementLevel.DISABLED;
    case "remediate":
      return analyzerPb.EnforcementLevel.REMEDIATE;
    default:
      return analyzerPb.EnforcementLevel.ADVISORY;
  }
}

/** Decodes an AnalyzeResponse. */
export function fromAnalyzeResponse(resp: analyzerPb.AnalyzeResponse): AnalyzeOutcome {
  return {
    diagnostics: resp.getDiagnosticsList().map((d) => ({
      policyName: d.getPolicyname(),
      policyPackName: d.getPolicypackname(),
      policyPackVersion: d.getPolicypackversion(),
      description: d.getDescription(),
      message: d.getMessage(),
      enforcementLevel: LEVELS[d.getEnforcementlevel()] ?? "advisory",
      urn: d.getUrn(),
      severity: SEVERITIES[d.getSeverity()] ?? "",
    })),
    notApplicable: resp.getNotApplicableList().map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
  };
}

/** A policy as reported by GetAnalyzerInfo. */
export interface AnalyzerPolicyInfo {
  name: string;
  description: string;
  enforcementLevel: Diagnostic["enforcementLevel"];
  severity: Diagnostic["severity"];
  type: "resource" | "stack" | "unknown";
  configSchema?: { properties: Record<string, unknown>; required: string[] };
  framework?: { name: string; version: string; reference: string; specification: string };
  tags: string[];
  remediationSteps: string;
  url: string;
}

/** GetAnalyzerInfo, decoded. */
export interface AnalyzerInfo {
  name: string;
  version: string;
  description: string;
  supportsConfig: boolean;
  policies: AnalyzerPolicyInfo[];
  initialConfig: Record<string, { enforcementLevel: Diagnostic["enforcementLevel"]; properties: Record<string, unknown> }>;
}

/** Decodes an AnalyzerInfo message. */
export function fromAnalyzerInfo(info: analyzerPb.AnalyzerInfo): AnalyzerInfo {
  const initialConfig: AnalyzerInfo["initialConfig"] = {};
  info.getInitialconfigMap().forEach((v, k) => {
    initialConfig[k] = {
      enforcementLevel: LEVELS[v.getEnforcementlevel()] ?? "advisory",
      properties: (v.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>,
    };
  });
  return {
    name: info.getName(),
    version: info.getVersion(),
    description: info.getDescription(),
    supportsConfig: info.getSupportsconfig(),
    initialConfig,
    policies: info.getPoliciesList().map((p) => {
      const schema = p.getConfigschema();
      const fw = p.getFramework();
      return {
        name: p.getName(),
        description: p.getDescription(),
        enforcementLevel: LEVELS[p.getEnforcementlevel()] ?? "advisory",
        severity: SEVERITIES[p.getSeverity()] ?? "",
        type:
          p.getPolicyType() === analyzerPb.PolicyType.POLICY_TYPE_RESOURCE
            ? "resource"
            : p.getPolicyType() === analyzerPb.PolicyType.POLICY_TYPE_STACK
              ? "stack"
              : "unknown",
        configSchema: schema
          ? { properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>, required: schema.getRequiredList() }
          : undefined,
        framework: fw ? { name: fw.getName(), version: fw.getVersion(), reference: fw.getReference(), specification: fw.getSpecification() } : undefined,
        tags: p.getTagsList(),
        remediationSteps: p.getRemediationSteps(),
        url: p.getUrl(),
      };
    }),
  };
}

/** Builds a ConfigureAnalyzerRequest from a `--policy-pack-config`-shaped object. */
export function toConfigureRequest(
  config: Record<string, string | ({ enforcementLevel?: string } & Record<string, unknown>)>,
  defaultLevels: Record<string, string> = {},
): analyzerPb.ConfigureAnalyzerRequest {
  const req = new analyzerPb.ConfigureAnalyzerRequest();
  const map = req.getPolicyconfigMap();
  for (const [name, entry] of Object.entries(config)) {
    const pc = new analyzerPb.PolicyConfig();
    if (typeof entry === "string") {
      pc.setEnforcementlevel(enforcementLevelToProto(entry));
      pc.setProperties(toStruct({}));
    } else {
      const { enforcementLevel, ...props } = entry;
      pc.setEnforcementlevel(enforcementLevelToProto(enforcementLevel ?? defaultLevels[name] ?? "advisory"));
      pc.setProperties(toStruct(props));
    }
    map.set(name, pc);
  }
  return req;
}
