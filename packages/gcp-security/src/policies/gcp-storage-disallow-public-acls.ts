import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { ENTITY_ACL_TYPES, isPublicPredefinedAcl, isPublicRoleEntity, ROLE_ENTITY_ACL_TYPES } from "../lib/storage";
import { isPublicPrincipal } from "../lib/iam";
import { gcpPolicy } from "../policy";

/**
 * Bucket, default object and object ACLs must not grant access to `allUsers` or
 * `allAuthenticatedUsers` (public IAM grants are gcp-iam-disallow-public-principals' finding).
 */
export default gcpPolicy({
  name: "gcp-storage-disallow-public-acls",
  description: "Cloud Storage bucket and object ACLs must not grant access to allUsers or allAuthenticatedUsers (no public canned ACLs either).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the `allUsers` / `allAuthenticatedUsers` entries and public canned ACLs (`publicRead`, `publicReadWrite`, `authenticatedRead`); enable uniform bucket-level access and grant IAM roles to specific principals instead.",
  url: "https://cloud.google.com/storage/docs/access-control/lists",
  resourceTypes: [...ROLE_ENTITY_ACL_TYPES, ...ENTITY_ACL_TYPES],
  validateResource: ({ type, props }, report) => {
    if (ENTITY_ACL_TYPES.includes(type)) {
      const e = peek<unknown>(props, "entity");
      if (e.state === "unknown") requireKnown(props, "entity");
      if (e.state === "known" && isPublicPrincipal(e.value))
        report(msg`entity is the public principal ${show(e.value)}, so anyone gets this access to the bucket or object. Grant it to specific principals.`);
      return;
    }
    let unknown = false;
    let found = false;
    const acl = peek<unknown>(props, "predefinedAcl");
    if (acl.state === "unknown") unknown = true;
    if (acl.state === "known" && isPublicPredefinedAcl(acl.value)) {
      found = true;
      report(msg`predefinedAcl is ${show(acl.value)}, a public canned ACL. Use "private" or "projectPrivate" and IAM grants to specific principals.`);
    }
    const re = peek<unknown>(props, "roleEntities");
    if (re.state === "unknown") unknown = true;
    else if (re.state === "known" && Array.isArray(re.value)) {
      const list: unknown[] = re.value;
      for (let i = 0; i < list.length; i++) {
        const v = peek<unknown>(list, [i]);
        if (v.state === "unknown") unknown = true;
        else if (v.state === "known" && isPublicRoleEntity(v.value)) {
          found = true;
          report(msg`roleEntities.${i} grants ${show(v.value)}, a public entity, so anyone gets that access. Remove it.`);
        }
      }
    }
    if (!found && unknown) requireKnown(props);
  },
});
