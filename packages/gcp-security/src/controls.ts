/**
 * The reviewed compliance mapping of the gcp-security pack: policy name → controls, here CIS
 * Google Cloud Platform Foundations Benchmark v5.0.0 recommendations (`CIS("3.6")`).
 *
 * Each id is checked by a test against the framework's full control list in ./frameworks (whose
 * `source` names where the ids and titles come from). One table, so a reviewer checks every id in
 * one place; a test fails when a policy name here matches no policy.
 */
import type { ComplianceControl } from "@rampart/policy-core";

/** A CIS Google Cloud Platform Foundations Benchmark v5.0.0 recommendation, e.g. `CIS("3.6")`. */
export const CIS = (id: string): ComplianceControl => ({ framework: "cis-gcp", version: "5.0.0", id });

/** Policy name → controls. */
export const CONTROLS: Readonly<Record<string, readonly ComplianceControl[]>> = {
  "gcp-apikeys-require-api-restrictions": [CIS("1.15")],
  "gcp-apikeys-require-application-restrictions": [CIS("1.14")],
  "gcp-appengine-require-https": [CIS("4.10")],
  "gcp-compute-disallow-default-network": [CIS("3.1")],
  "gcp-compute-disallow-default-service-account": [CIS("4.1")],
  "gcp-compute-disallow-default-service-account-full-access": [CIS("4.2")],
  "gcp-compute-disallow-ip-forwarding": [CIS("4.6")],
  "gcp-compute-disallow-open-rdp": [CIS("3.7")],
  "gcp-compute-disallow-open-ssh": [CIS("3.6")],
  "gcp-compute-disallow-public-ip": [CIS("4.9")],
  "gcp-compute-disallow-serial-port-access": [CIS("4.5")],
  "gcp-compute-recommend-confidential-computing": [CIS("4.11")],
  "gcp-compute-recommend-full-flow-logs": [CIS("3.10")],
  "gcp-compute-require-backend-service-logging": [CIS("2.17")],
  "gcp-compute-require-block-project-ssh-keys": [CIS("4.3")],
  "gcp-compute-require-os-login": [CIS("4.4")],
  "gcp-compute-require-proxy-ssl-policy": [CIS("3.11")],
  "gcp-compute-require-shielded-vm": [CIS("4.8")],
  "gcp-compute-require-strong-ssl-policy": [CIS("3.11")],
  "gcp-compute-require-subnet-flow-logs": [CIS("3.10")],
  "gcp-dataproc-require-customer-managed-key": [CIS("8.1")],
  "gcp-iam-disallow-default-service-account-editor": [CIS("1.6")],
  "gcp-iam-disallow-personal-accounts": [CIS("1.2")],
  "gcp-iam-disallow-project-service-account-user-roles": [CIS("1.7")],
  "gcp-iam-disallow-service-account-admin-roles": [CIS("1.6")],
  "gcp-iam-disallow-user-managed-service-account-keys": [CIS("1.5")],
  "gcp-iam-require-service-account-duty-separation": [CIS("1.9")],
  "gcp-storage-disallow-public-acls": [CIS("5.1")],
  "gcp-storage-disallow-public-iam": [CIS("5.1")],
  "gcp-storage-require-log-bucket-retention-lock": [CIS("2.4")],
  "gcp-storage-require-public-access-prevention": [CIS("5.1")],
  "gcp-storage-require-uniform-bucket-level-access": [CIS("5.2")],
};

/** The controls of a policy (empty when none applies). */
export function controlsFor(policyName: string): readonly ComplianceControl[] {
  return CONTROLS[policyName] ?? [];
}
