/**
 * Exemptions in pack configuration: every rampart policy takes an `exemptions` setting, a list of
 * accepted violations for that policy, so an exemption works wherever the pack runs (`pulumi
 * preview --policy-pack`, `pulumi policy analyze`, Pulumi Cloud policy groups, `rampart check`):
 *
 * ```json
 * { "aws-s3-disallow-public-acl": { "exemptions": [
 *     { "resource": "assets", "reason": "Public website assets (SEC-42)", "expires": "2027-03-31" } ] } }
 * ```
 *
 * Decision: an exempted violation is **not reported** (the engine has no "suppressed" state; an
 * advisory would still print on every preview and could not be told apart from a real finding).
 * `rampart check` lists exempted violations in its reports. An exemption past its `expires` day
 * (UTC; it applies through that day) stops applying: the violation is reported again at the
 * policy's level, with a line saying which exemption expired and when.
 *
 * The keys are those of rampart.yaml's exemptions less `policy` (the entry's key names it):
 * `resource` (resource name or URN, or a glob of either: `*` any run, `?` one character), `reason`
 * (required), `expires` (optional, YYYY-MM-DD).
 */
import { compileGlob, type Glob } from "./glob";
import { PolicyConfigError } from "./types";

/** One exemption of a policy, as written in pack configuration. */
export interface PolicyExemption {
  /** Resource name or URN, or a glob of either (`*`, `?`); `*` also covers stack-level findings. */
  resource: string;
  /** Why the violation is accepted (ticket, owner); required. */
  reason: string;
  /** Last day (UTC, YYYY-MM-DD) the exemption applies; absent: no expiry. */
  expires?: string;
}

/** The config key every policy accepts. */
export const EXEMPTIONS_KEY = "exemptions";

/**
 * JSON Schema of the `exemptions` property, added to every policy's config schema (the Pulumi CLI
 * validates each policy's config against the schema the pack reports, so the key must be there).
 * `expires` is checked with a pattern (the CLI's validator and ajv agree on patterns); a pattern
 * that matches an impossible date (2027-02-30) is caught when the policy runs.
 */
export const EXEMPTIONS_SCHEMA = {
  type: "array",
  description:
    "Accepted violations of this policy: [{resource: name, URN or glob (* and ?), reason (required), expires: YYYY-MM-DD (optional, applies through that day, UTC)}]. An exempted violation is not reported; an expired exemption no longer applies and the violation says so.",
  default: [] as PolicyExemption[],
  items: {
    type: "object",
    required: ["resource", "reason"],
    additionalProperties: false,
    properties: {
      resource: { type: "string", minLength: 1 },
      reason: { type: "string", minLength: 1, pattern: "\\S" },
      expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
    },
  },
} as const;

/** Today as YYYY-MM-DD (UTC). */
export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The resource name in a URN (`urn:pulumi:stack::project::type::name` → `name`). */
function nameOfUrn(urn: string): string {
  const i = urn.lastIndexOf("::");
  return i >= 0 ? urn.slice(i + 2) : urn;
}

/**
 * Checks an `exemptions` value (as config delivered it) and returns it typed.
 * @throws PolicyConfigError naming the entry and key when it is not a list of valid exemptions.
 */
export function parseExemptions(value: unknown): PolicyExemption[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PolicyConfigError("exemptions must be a list");
  return value.map((e, i) => {
    const at = `exemptions[${i}]`;
    if (!e || typeof e !== "object" || Array.isArray(e)) throw new PolicyConfigError(`${at} must be an object`);
    const { resource, reason, expires, ...rest } = e as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) throw new PolicyConfigError(`${at} has an unknown key '${extra[0]}' (keys: resource, reason, expires)`);
    if (typeof resource !== "string" || !resource) throw new PolicyConfigError(`${at}.resource is required (a resource name, URN or glob)`);
    if (typeof reason !== "string" || !/\S/.test(reason)) throw new PolicyConfigError(`${at}.reason is required`);
    if (expires !== undefined && (typeof expires !== "string" || !isRealDate(expires))) {
      throw new PolicyConfigError(`${at}.expires must be a date YYYY-MM-DD`);
    }
    return expires === undefined ? { resource, reason } : { resource, reason, expires: expires as string };
  });
}

/** What the exemptions say about one finding. */
export interface ExemptionMatch {
  /** The first exemption in force that covers the finding. */
  active?: PolicyExemption;
  /** Exemptions that would cover it but are past their expiry day. */
  expired: PolicyExemption[];
}

/** A compiled list of exemptions for one policy. */
export class ExemptionMatcher {
  private readonly globs: { e: PolicyExemption; g: Glob; expired: boolean }[];

  /** @param today YYYY-MM-DD (UTC); an exemption applies through its `expires` day. */
  constructor(exemptions: readonly PolicyExemption[], today: string = utcDay()) {
    this.globs = exemptions.map((e) => ({ e, g: compileGlob(e.resource), expired: !!e.expires && e.expires < today }));
  }

  /** Whether there is any exemption at all (most policies have none: skip all work). */
  get empty(): boolean {
    return this.globs.length === 0;
  }

  /**
   * Matches a finding on the resource `urn` (and its name `name`, derived from the URN when not
   * given). A stack-level finding without a URN is covered only by `resource: "*"`.
   */
  match(urn: string | undefined, name?: string): ExemptionMatch {
    const out: ExemptionMatch = { expired: [] };
    const n = name ?? (urn ? nameOfUrn(urn) : undefined);
    for (const { e, g, expired } of this.globs) {
      const hit = urn ? g.test(urn) || (n !== undefined && g.test(n)) : e.resource === "*";
      if (!hit) continue;
      if (expired) out.expired.push(e);
      else if (!out.active) out.active = e;
    }
    return out;
  }
}

/** The line added to a violation whose only covering exemptions have expired. */
export function expiredNote(expired: readonly PolicyExemption[]): string {
  return expired
    .map((e) => `The exemption for '${e.resource}' (${e.reason}) expired on ${e.expires} and no longer applies: fix the resource or renew the exemption.`)
    .join("\n");
}
