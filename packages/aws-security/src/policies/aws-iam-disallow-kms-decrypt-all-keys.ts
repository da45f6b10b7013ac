import { awsIam, UNKNOWN } from "@rampart/policy-core";
import { disallowIdentityStatements } from "../lib/iam";
import { awsPolicy } from "../policy";
import type { PolicyStatement } from "@rampart/policy-core";

/** Actions Security Hub controls KMS.1 and KMS.2 block on all keys. */
const DECRYPT_ACTIONS = ["kms:Decrypt", "kms:ReEncryptFrom"];

function decryptOnAllKeys(s: PolicyStatement): "yes" | "no" | "maybe" {
  if (s.effect === "Deny") return "no";
  if (awsIam.grantsFullAdmin(s)) return "no"; // reported by aws-iam-disallow-full-admin-policy
  // Conditions (kms:ViaService, kms:EncryptionContext, aws:ResourceTag, ...) narrow the keys.
  if (s.conditions === UNKNOWN) return "maybe";
  if (Object.keys(s.conditions).length) return "no";
  const cover = DECRYPT_ACTIONS.map((a) => awsIam.coversAction(s, a));
  const resources = s.resources ? (s.resources.includes("*") ? "yes" : awsIam.hasUnknownEntry(s.resources) ? "maybe" : "no") : s.hasUnknown ? "maybe" : "no";
  if (resources === "no" || cover.every((c) => c === "no")) return "no";
  if (s.effect === "Allow" && resources === "yes" && cover.includes("yes")) return "yes";
  return "maybe";
}

/**
 * IAM identity policies should not allow `kms:Decrypt` or `kms:ReEncryptFrom` on every KMS key
 * (`"Resource": "*"` without conditions). Statements with a `Condition` (e.g. `kms:ViaService`,
 * `aws:ResourceTag`) are taken as narrowed and not reported. Key policies are not IAM policies
 * (there `"Resource": "*"` means the key itself) and are not checked.
 */
export default awsPolicy({
  name: "aws-iam-disallow-kms-decrypt-all-keys",
  description: "IAM policies should not allow decryption (kms:Decrypt, kms:ReEncryptFrom) on all KMS keys.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "List the KMS key ARNs the principal needs in Resource, or narrow the statement with a condition such as kms:ViaService or aws:ResourceTag.",
  url: "https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html",
  resourceTypes: awsIam.IDENTITY_POLICY_TYPES,
  validateResource: disallowIdentityStatements(
    decryptOnAllKeys,
    'allows kms:Decrypt or kms:ReEncryptFrom on Resource "*" (every KMS key). List the key ARNs that are needed.',
  ),
});
