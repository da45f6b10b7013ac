/**
 * Builders for the pack's framework catalogs (../frameworks/*): each catalog is written as compact
 * rows, and the parts of a control that follow mechanically from its id (the CIS section, the
 * Security Hub service, the reference page of a Security Hub addition) are derived here, so every
 * catalog states only what the framework itself publishes.
 */
import type { FrameworkControl } from "@rampart/policy-core";

/**
 * One CIS AWS Foundations Benchmark recommendation as the catalogs write it:
 * `[id, profile level, assessment status, title]`, as listed in prowler's compliance mapping.
 */
export type CisRow = readonly [id: string, level: 1 | 2, assessment: "automated" | "manual", title: string];

/**
 * The CIS AWS Foundations Benchmark section headings (v3.0.0 and v5.0.0 number them alike), keyed by
 * the first component of a recommendation id (`2.1.4` is in section `2 Storage`).
 */
const CIS_AWS_SECTIONS: Readonly<Record<string, string>> = {
  "1": "1 Identity and Access Management",
  "2": "2 Storage",
  "3": "3 Logging",
  "4": "4 Monitoring",
  "5": "5 Networking",
};

/**
 * Why a CIS AWS recommendation cannot be checked from infrastructure code, for the reasons more than
 * one recommendation (or both benchmark versions) share. A catalog maps control ids to these in its
 * `notCheckable` table.
 */
export const CIS_AWS_NOT_CHECKABLE = {
  contactDetails: "whether contact details are current and reach more than one person is an organisational process, not a resource setting",
  securityQuestions: "security questions are registered by hand in the account settings; an organisational process, not a resource setting",
  rootUser: "the root user and its credentials are not resources a Pulumi program manages",
  rootUsage: "use of the root user is behaviour seen in CloudTrail logs, not a resource setting",
  userMfa: "MFA devices are enrolled by each user at sign-in; whether a user has one is live account state",
  credentialUsage: "depends on how credentials are used over time (last use, age), which only the live account shows",
  certificateExpiry: "expiry is judged on the deployed certificates against the current date, in the live account",
  identityManagement: "how identities are managed across accounts is an organisational process, not a resource setting",
  dataDiscovery: "discovering and classifying data (e.g. with Macie findings) is an organisational process, not a resource setting",
  peeringRoutes: '"least access" routing is a judgement on which peering routes are needed, assessed manually',
} as const;

/** Per-control extras of a CIS catalog, keyed by control id. */
export interface CisExtras {
  /** Why the control cannot be checked from code (`FrameworkControl.notCheckable`). */
  notCheckable?: Readonly<Record<string, string>>;
  /** The policies that implement the control (`FrameworkControl.policies`). */
  policies?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Expands CIS rows into catalog controls: `section` from the id's first component, `profile` as
 * `Level <n>`, then `notCheckable` and `policies` from `extras` where the id has them. Throws on an
 * id whose section is unknown or an `extras` key that is no row's id (a typo would silently drop it).
 */
export function cisControls(rows: readonly CisRow[], extras: CisExtras = {}): FrameworkControl[] {
  const ids = new Set(rows.map(([id]) => id));
  for (const key of [...Object.keys(extras.notCheckable ?? {}), ...Object.keys(extras.policies ?? {})]) {
    if (!ids.has(key)) throw new Error(`CIS catalog: extras name ${key}, which is no control of the catalog`);
  }
  return rows.map(([id, level, assessment, title]) => {
    const section = CIS_AWS_SECTIONS[id.split(".")[0]];
    if (!section) throw new Error(`CIS catalog: no section for control ${id}`);
    const notCheckable = extras.notCheckable?.[id];
    const policies = extras.policies?.[id];
    return {
      id,
      title,
      section,
      profile: `Level ${level}`,
      assessment,
      ...(notCheckable !== undefined ? { notCheckable } : {}),
      ...(policies !== undefined ? { policies } : {}),
    };
  });
}

/**
 * The Security Hub section name of a control id's service prefix where it is not the prefix itself
 * (as prowler's FSBP mapping names them).
 */
const FSBP_SECTION_NAMES: Readonly<Record<string, string>> = {
  APIGateway: "API Gateway",
  ElasticBeanstalk: "Elastic Beanstalk",
  NetworkFirewall: "Network Firewall",
  OpenSearch: "Opensearch",
  PrivateCertificateAuthority: "Private Certificate Authority",
  SecretsManager: "Secrets Manager",
  StepFunctions: "Step Functions",
};

/**
 * Expands `[id, title]` rows of the AWS FSBP list into controls whose `section` is the Security Hub
 * service of the id (`S3.8` is in `S3`; the prefixes whose section is spelled differently are in
 * FSBP_SECTION_NAMES).
 */
export function fsbpControls(rows: readonly (readonly [id: string, title: string])[]): FrameworkControl[] {
  return rows.map(([id, title]) => {
    const prefix = id.split(".")[0];
    return { id, title, section: FSBP_SECTION_NAMES[prefix] ?? prefix };
  });
}

/**
 * Controls for Security Hub control ids whose titles were not recorded: the title says so and the
 * `reference` is the control's page on the Security Hub control reference,
 * `https://docs.aws.amazon.com/securityhub/latest/userguide/<service>-controls.html#<service>-<n>`
 * (service = the id's prefix in lower case).
 */
export function securityHubReferenceControls(ids: readonly string[]): FrameworkControl[] {
  return ids.map((id) => {
    const [prefix, n] = id.split(".");
    const service = prefix.toLowerCase();
    return {
      id,
      title: `Security Hub control ${id} (see its reference page)`,
      reference: `https://docs.aws.amazon.com/securityhub/latest/userguide/${service}-controls.html#${service}-${n}`,
    };
  });
}
