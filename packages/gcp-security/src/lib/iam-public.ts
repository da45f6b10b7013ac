/**
 * Public principals in the IAM resources of one service (`*IAMMember` / `*IamMember` with
 * `member`, `*IAMBinding` / `*IamBinding` with `members`, `*IAMPolicy` / `*IamPolicy` with the
 * JSON `policyData`), read unknown-safe, and the resource validator the "no public IAM" policies
 * of the pack share.
 *
 * `allUsers` is anyone on the internet; `allAuthenticatedUsers` is anyone with a Google account.
 * Both make the resource public (CIS GCP v5.0.0 1.10, 7.1).
 */
import { peek, peekItems, requireKnown, type Report, type ResourceContext } from "@rampart/policy-core";
import { isPublicPrincipal, PUBLIC_PRINCIPALS } from "./iam";

/** What one IAM resource grants publicly: the public principals found, and where a value is unknown. */
export interface PublicGrants {
  /** The public principals granted (`allUsers`, `allAuthenticatedUsers`), each once. */
  principals: string[];
  /** The first property path whose value is unknown during preview and could hold a public principal. */
  unknownPath?: string;
}

/** Reads `member`, `members` and `policyData` of an IAM member, binding or policy resource. */
export function publicGrants(props: unknown): PublicGrants {
  const found = new Set<string>();
  let unknownPath: string | undefined;
  const add = (m: unknown) => {
    if (isPublicPrincipal(m)) found.add(PUBLIC_PRINCIPALS.find((p) => p.toLowerCase() === String(m).trim().toLowerCase())!);
  };
  const member = peek<unknown>(props, "member");
  if (member.state === "unknown") unknownPath ??= "member";
  else if (member.state === "known") add(member.value);
  const members = peekItems<unknown>(props, "members");
  if (members.unknown) unknownPath ??= "members";
  members.known.forEach(add);
  const policy = peek<unknown>(props, "policyData");
  if (policy.state === "unknown") unknownPath ??= "policyData";
  else if (policy.state === "known") {
    let doc: unknown;
    try {
      doc = typeof policy.value === "string" ? JSON.parse(policy.value) : policy.value;
    } catch {
      doc = undefined;
    }
    const bindings = peekItems<Record<string, unknown>>(doc, "bindings");
    if (bindings.unknown) unknownPath ??= "policyData";
    for (const b of bindings.known) {
      const ms = peekItems<unknown>(b, "members");
      if (ms.unknown) unknownPath ??= "policyData";
      ms.known.forEach(add);
    }
  }
  return { principals: [...found], unknownPath };
}

/**
 * Validates one IAM member/binding/policy resource: a violation naming the public principals
 * (`what` names the protected resource, e.g. "Cloud KMS key"), the preview advisory when a
 * member is unknown and none known is public.
 */
export function checkNoPublicGrant(what: string, { props }: Pick<ResourceContext<unknown>, "props">, report: Report): void {
  const g = publicGrants(props);
  if (g.principals.length > 0) {
    const where = peek(props, "policyData").state === "known" ? "policyData bindings" : peek(props, "members").state === "known" ? "members" : "member";
    report(
      `${where} grants ${g.principals.join(" and ")} access, which makes the ${what} public. Grant the role to specific users, groups or service accounts instead.`,
    );
    return;
  }
  if (g.unknownPath) requireKnown(props, g.unknownPath);
}
