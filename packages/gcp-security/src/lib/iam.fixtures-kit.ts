/**
 * Fixture resources for the project-level IAM policies (`gcp-iam-*.fixtures.ts`): the three ways
 * the gcp provider grants a role on a project (`gcp:projects/iAMMember:IAMMember` one member,
 * `IAMBinding` a member list, `IAMPolicy` the whole policy document), all on project `prod-123`,
 * so each fixture states only the role and the principals its case is about.
 */
import type { FixtureResource } from "@rampart/policy-testing";

/** The project the fixtures grant on. */
const PROJECT = "prod-123";

/** A `gcp:projects/iAMMember:IAMMember` fixture resource: `role` to one `member` (or an unknown value) on project prod-123. */
export function projectMember(role: unknown, member: unknown): FixtureResource {
  return { type: "gcp:projects/iAMMember:IAMMember", props: { project: PROJECT, role, member } };
}

/** A `gcp:projects/iAMBinding:IAMBinding` fixture resource: `role` to the `members` list on project prod-123. */
export function projectBinding(role: unknown, members: unknown): FixtureResource {
  return { type: "gcp:projects/iAMBinding:IAMBinding", props: { project: PROJECT, role, members } };
}

/** A `gcp:projects/iAMPolicy:IAMPolicy` fixture resource on project prod-123 with this `policyData` (a JSON policy document, or an unknown value). */
export function projectPolicy(policyData: unknown): FixtureResource {
  return { type: "gcp:projects/iAMPolicy:IAMPolicy", props: { project: PROJECT, policyData } };
}
