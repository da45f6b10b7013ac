/**
 * The standard fixture cases of a "no public IAM" policy that validates with `checkNoPublicGrant`
 * of ./iam-public (one service's `*IAMMember` / `*IAMBinding` / `*IAMPolicy` resources: KMS,
 * Pub/Sub, Secret Manager, Cloud Functions and Cloud Run invoker grants): a grant
 * to a service account, allUsers as a member, allAuthenticatedUsers in a binding, allUsers in a
 * policy document, and a member unknown during preview. Each policy names the cases in its own
 * words and adds its own.
 */
import { unknown, type Fixture } from "@rampart/policy-testing";

/** One IAM resource type of the service and the props each of its cases carries (the protected resource's id, the role). */
export interface GrantResource {
  type: string;
  props: Record<string, unknown>;
}

/** The service's IAM resources and the name of each standard case. */
export interface PublicGrantSpec {
  /** The member resource; its cases add `member`. */
  member: GrantResource;
  /** The binding resource; its case adds `members`. */
  binding: GrantResource;
  /** The policy resource and the role of its document's one binding; its case adds `policyData`. */
  policy: GrantResource & { role: string };
  /** Case names: the service-account member (pass), allUsers member, allAuthenticatedUsers binding, public policy document (violate), unknown. */
  names: Record<"pass" | "member" | "binding" | "policy" | "unknown", string>;
  /** The service account the passing case grants to; `app@p.iam.gserviceaccount.com` by default. */
  serviceAccount?: string;
  /** Where the unknown case's unknown value is: the member's `member` (default) or the binding's `members`. */
  unknownIn?: "member" | "binding";
}

/** The five standard cases, by key (messages: `member grants allUsers`, `members grants allAuthenticatedUsers`, `policyData bindings grants allUsers`). */
export function publicGrantCases(spec: PublicGrantSpec): Record<"pass" | "member" | "binding" | "policy" | "unknown", Fixture> {
  const { member, binding, policy, names } = spec;
  const withProps = (r: GrantResource, props: Record<string, unknown>) => ({ type: r.type, props: { ...r.props, ...props } });
  return {
    pass: {
      name: names.pass,
      expect: "pass",
      resource: withProps(member, { member: `serviceAccount:${spec.serviceAccount ?? "app@p.iam.gserviceaccount.com"}` }),
    },
    member: { name: names.member, expect: "violate", message: "member grants allUsers", resource: withProps(member, { member: "allUsers" }) },
    binding: {
      name: names.binding,
      expect: "violate",
      message: "members grants allAuthenticatedUsers",
      resource: withProps(binding, { members: ["allAuthenticatedUsers"] }),
    },
    policy: {
      name: names.policy,
      expect: "violate",
      message: "policyData bindings grants allUsers",
      resource: withProps(policy, { policyData: JSON.stringify({ bindings: [{ role: policy.role, members: ["allUsers"] }] }) }),
    },
    unknown: {
      name: names.unknown,
      expect: "unknown",
      resource: spec.unknownIn === "binding" ? withProps(binding, { members: unknown() }) : withProps(member, { member: unknown() }),
    },
  };
}

/** The five standard cases in this order (pass, member, binding, policy, unknown), then the policy's `more` cases. */
export function publicGrantFixtures(spec: PublicGrantSpec, more: Fixture[] = []): Fixture[] {
  const c = publicGrantCases(spec);
  return [c.pass, c.member, c.binding, c.policy, c.unknown, ...more];
}
