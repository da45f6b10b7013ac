/**
 * IAM grants as the @pulumi/gcp 9 provider writes them, across every service module.
 *
 * Every GCP resource that has an IAM policy comes with three resource families (checked against
 * the 474 tokens of @pulumi/gcp 9.37 whose type name ends in IamMember/IamBinding/IamPolicy, any
 * case):
 *
 * - `<x>IamMember` (also spelled `IAMMember`, e.g. `gcp:storage/bucketIAMMember:BucketIAMMember`,
 *   `gcp:projects/iAMMember:IAMMember`): one `member` granted one `role`;
 * - `<x>IamBinding` (`...IAMBinding`): a list of `members` granted one `role` (authoritative for that
 *   role);
 * - `<x>IamPolicy` (`...IAMPolicy`): the whole policy as `policyData`, a JSON document
 *   `{"bindings":[{"role":"roles/…","members":["user:…"],"condition":{…}}]}` (usually from
 *   `gcp.organizations.getIAMPolicy`).
 *
 * Not included: `gcp:projects/iamMemberRemove:IamMemberRemove` (removes a grant), audit configs,
 * custom roles, and the IAM v2 deny/principal-access-boundary policies of the `iam` module.
 *
 * Everything here is unknown-safe: values unknown during preview are never read directly; a
 * grant whose role or member is unknown is reported through the `unknown` flag of `findGrants` so
 * a policy can ask for the preview advisory (`requireKnown`) instead of guessing.
 */
import { msg, peek, requireKnown, show, type FactoryPolicyMetadata } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** The three resource families of GCP IAM in the provider. */
export type IamFamily = "member" | "binding" | "policy";

const IAM_TOKEN = /^gcp:([A-Za-z0-9]+)\/[A-Za-z0-9]*:([A-Za-z0-9]*?)Iam(Member|Binding|Policy)$/i;

/** Which IAM family a type token belongs to (`undefined` for any other resource). */
export function iamFamily(type: string): IamFamily | undefined {
  const m = IAM_TOKEN.exec(type);
  if (!m) return undefined;
  return m[3].toLowerCase() as IamFamily;
}

/**
 * The provider module of an IAM resource token (`projects`, `storage`, `organizations`, …), or
 * `undefined` when the token is not an IAM resource.
 */
export function iamModule(type: string): string | undefined {
  const m = IAM_TOKEN.exec(type);
  return m ? m[1] : undefined;
}

/**
 * The resource an IAM token grants on, e.g. `bucket` for `gcp:storage/bucketIAMMember:BucketIAMMember`,
 * `""` for the module-level ones (`gcp:projects/iAMMember:IAMMember`), `undefined` for non-IAM tokens.
 */
export function iamTarget(type: string): string | undefined {
  const m = IAM_TOKEN.exec(type);
  return m ? m[2].charAt(0).toLowerCase() + m[2].slice(1) : undefined;
}

/** Project-level IAM tokens (`gcp.projects.IAMMember`/`IAMBinding`/`IAMPolicy`). */
export const PROJECT_IAM_TYPES: readonly string[] = [
  "gcp:projects/iAMMember:IAMMember",
  "gcp:projects/iAMBinding:IAMBinding",
  "gcp:projects/iAMPolicy:IAMPolicy",
];

/** The principals that mean everyone: anyone on the internet, or any signed-in Google account. */
export const PUBLIC_PRINCIPALS: readonly string[] = ["allUsers", "allAuthenticatedUsers"];

/** Whether an IAM member string is a public principal (`allUsers` / `allAuthenticatedUsers`, any case). */
export function isPublicPrincipal(member: unknown): boolean {
  if (typeof member !== "string") return false;
  const m = member.trim().toLowerCase();
  return m === "allusers" || m === "allauthenticatedusers";
}

/** The primitive (basic) roles, which grant broad access to every service of a project. */
export const PRIMITIVE_ROLES: readonly string[] = ["roles/owner", "roles/editor", "roles/viewer"];

/** Whether a role is a primitive role (`roles/owner`, `roles/editor`, `roles/viewer`). */
export function isPrimitiveRole(role: unknown): boolean {
  return typeof role === "string" && PRIMITIVE_ROLES.includes(role.trim());
}

/** Whether a role is one of the given roles (exact role name, surrounding spaces ignored). */
export function roleIn(roles: readonly string[]): (role: string) => boolean {
  return (role) => roles.includes(role.trim());
}

/** The kind of principal of an IAM member string: `user:a@b` → `user`, `allUsers` → `allUsers`. */
export function memberKind(member: string): string {
  const i = member.indexOf(":");
  return i < 0 ? member : member.slice(0, i);
}

/** Whether a member is a Google service account (`serviceAccount:…`). */
export function isServiceAccountMember(member: string): boolean {
  return memberKind(member).toLowerCase() === "serviceaccount";
}

/** Whether a member is a user or group (a human principal: `user:`, `group:`, `domain:`, or a public principal). */
export function isHumanMember(member: string): boolean {
  const k = memberKind(member).toLowerCase();
  return k === "user" || k === "group" || k === "domain" || isPublicPrincipal(member);
}

/** One known role → member grant of an IAM resource. */
export interface IamGrant {
  /** The role, e.g. `roles/storage.objectViewer`. */
  readonly role: string;
  /** The member, e.g. `user:alice@example.com`, `allUsers`. */
  readonly member: string;
  /** Property path of the member in the resource, for messages (`member`, `members.1`, `policyData.bindings.0.members.2`). */
  readonly path: string;
}

/** The result of `findGrants`: the matching known grants, and whether an unknown value could hide one. */
export interface IamGrantMatch {
  readonly hits: IamGrant[];
  /** True when a role or member unknown during preview could make a grant match. */
  readonly unknown: boolean;
}

/** Which grants `findGrants` looks for; an omitted predicate matches anything. */
export interface GrantQuery {
  role?: (role: string) => boolean;
  member?: (member: string) => boolean;
}

interface RawBinding {
  role: { known: true; value: string } | { known: false };
  members: { value: string; path: string }[];
  membersUnknown: boolean;
}

/** The bindings of a `policyData` document; `unknown` when the document is unknown during preview. */
function policyBindings(props: unknown): { bindings: RawBinding[]; unknown: boolean } {
  const doc = peek<unknown>(props, "policyData");
  if (doc.state === "absent") return { bindings: [], unknown: false };
  if (doc.state === "unknown") return { bindings: [], unknown: true };
  let parsed: unknown = doc.value;
  if (typeof parsed === "string") {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      return { bindings: [], unknown: false }; // not a policy document: the provider rejects it
    }
  }
  const list = parsed !== null && typeof parsed === "object" ? (parsed as { bindings?: unknown }).bindings : undefined;
  if (!Array.isArray(list)) return { bindings: [], unknown: false };
  const bindings: RawBinding[] = [];
  list.forEach((b: unknown, i: number) => {
    if (b === null || typeof b !== "object") return;
    const { role, members } = b as { role?: unknown; members?: unknown };
    const ms = Array.isArray(members) ? members : [];
    bindings.push({
      role: typeof role === "string" ? { known: true, value: role } : { known: false },
      members: ms.flatMap((m: unknown, j: number) => (typeof m === "string" ? [{ value: m, path: `policyData.bindings.${i}.members.${j}` }] : [])),
      membersUnknown: false,
    });
  });
  return { bindings, unknown: false };
}

/** The bindings of any IAM resource, normalized (a member resource is a binding with one member). */
function bindingsOf(type: string, props: unknown): { bindings: RawBinding[]; unknown: boolean } {
  const family = iamFamily(type);
  if (family === "policy") return policyBindings(props);
  if (family === undefined) return { bindings: [], unknown: false };
  const r = peek<unknown>(props, "role");
  const role: RawBinding["role"] = r.state === "known" && typeof r.value === "string" ? { known: true, value: r.value } : { known: false };
  if (r.state === "absent") return { bindings: [], unknown: false };
  if (family === "member") {
    const m = peek<unknown>(props, "member");
    if (m.state === "unknown") return { bindings: [{ role, members: [], membersUnknown: true }], unknown: false };
    if (m.state === "known" && typeof m.value === "string")
      return { bindings: [{ role, members: [{ value: m.value, path: "member" }], membersUnknown: false }], unknown: false };
    return { bindings: [], unknown: false };
  }
  const members: RawBinding["members"] = [];
  let membersUnknown = false;
  const arr = peek<unknown>(props, "members");
  if (arr.state === "unknown") membersUnknown = true;
  else if (arr.state === "known" && Array.isArray(arr.value)) {
    for (let i = 0; i < arr.value.length; i++) {
      const e = peek<unknown>(arr.value, [i]);
      if (e.state === "known" && typeof e.value === "string") members.push({ value: e.value, path: `members.${i}` });
      else if (e.state === "unknown") membersUnknown = true;
    }
  }
  return { bindings: [{ role, members, membersUnknown }], unknown: false };
}

/**
 * The grants of an IAM member, binding or policy resource that match `query`. A grant matches
 * when both its role and member satisfy the predicates. When the role, a member or the whole
 * policy document is unknown during preview and could match, `unknown` is true: the caller should
 * then call `requireKnown(props)` (the SDK's advisory) if it found no hit.
 */
export function findGrants(type: string, props: unknown, query: GrantQuery = {}): IamGrantMatch {
  const { bindings, unknown: docUnknown } = bindingsOf(type, props);
  const hits: IamGrant[] = [];
  let unknown = docUnknown;
  for (const b of bindings) {
    const roleMatches = b.role.known ? (query.role ? query.role(b.role.value) : true) : undefined;
    if (roleMatches === false) continue;
    const matching = b.members.filter((m) => (query.member ? query.member(m.value) : true));
    if (roleMatches === undefined) {
      if (matching.length || b.membersUnknown) unknown = true;
      continue;
    }
    for (const m of matching) hits.push({ role: b.role.known ? b.role.value : "", member: m.value, path: m.path });
    if (b.membersUnknown) unknown = true;
  }
  return { hits, unknown };
}

/** The property path of a grant's role, for messages (`role`, or `policyData.bindings.<i>.role`). */
export function rolePath(grant: IamGrant): string {
  const m = /^(policyData\.bindings\.\d+)\./.exec(grant.path);
  return m ? `${m[1]}.role` : "role";
}

/** IAM resources of the resource hierarchy: projects, folders and organizations (member, binding, policy). */
export const HIERARCHY_IAM_TYPES: readonly string[] = [
  ...PROJECT_IAM_TYPES,
  "gcp:folder/iAMMember:IAMMember",
  "gcp:folder/iAMBinding:IAMBinding",
  "gcp:folder/iAMPolicy:IAMPolicy",
  "gcp:organizations/iAMMember:IAMMember",
  "gcp:organizations/iAMBinding:IAMBinding",
  "gcp:organizations/iAMPolicy:IAMPolicy",
];

/** The level a hierarchy IAM token grants at, for messages (`project`, `folder`, `organization`). */
export function hierarchyLevel(type: string): string {
  const m = iamModule(type);
  return m === "folder" ? "folder" : m === "organizations" ? "organization" : m === "projects" ? "project" : "resource";
}

/**
 * Runs `findGrants` and asks for the preview advisory when nothing matched but an unknown value
 * could match: the common tail of every grant policy. Returns the hits.
 */
export function grantsOrUnknown(type: string, props: unknown, query: GrantQuery): IamGrant[] {
  const { hits, unknown } = findGrants(type, props, query);
  if (!hits.length && unknown) requireKnown(props);
  return hits;
}

/** The shared check of the public-principal policies: report every grant to `allUsers` / `allAuthenticatedUsers` whose role is not allowed. */
function reportPublicGrants(type: string, props: unknown, allowedRoles: readonly string[], report: (message: string) => void): void {
  for (const g of grantsOrUnknown(type, props, { member: isPublicPrincipal, role: (r) => !allowedRoles.includes(r.trim()) })) {
    report(
      msg`${g.path} grants ${rolePath(g)} ${show(g.role)} to the public principal ${show(g.member)}, so anyone (on the internet, or with any Google account) gets that access. Grant the role to specific principals instead.`,
    );
  }
}

/**
 * A public-principal policy (`gcp-iam-disallow-public-principals`, `gcp-storage-disallow-public-iam`):
 * the metadata (with `resourceTypes`, the IAM types it checks), an `allowedRoles` config (roles
 * that may be granted to public principals on purpose; `allowedRolesExample` is the example in its
 * description, e.g. `roles/run.invoker for a public Cloud Run service`), and `reportPublicGrants`
 * on every resource.
 */
export function publicPrincipalsPolicy<const N extends string>({
  allowedRolesExample,
  ...meta
}: FactoryPolicyMetadata<N> & { readonly allowedRolesExample: string }) {
  return gcpPolicy({
    ...meta,
    config: {
      allowedRoles: {
        type: "array",
        items: { type: "string" },
        description: `Roles that may be granted to public principals on purpose (e.g. ${allowedRolesExample}).`,
        default: [],
      },
    },
    validateResource: ({ type, props, config }, report) => {
      reportPublicGrants(type, props, config.allowedRoles, report);
    },
  });
}
