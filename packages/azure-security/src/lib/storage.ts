/**
 * Storage account companions: blob and file service settings live on
 * `azure-native:storage:BlobServiceProperties` / `FileServiceProperties`, linked to the account
 * by `accountName` (the account's `accountName` input or `name` output, or the property dependency).
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek, type Severity } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkCompanions, type CompanionSpec, type CompanionVerdict } from "./companions";
import { checkSetting, isTrue, sameText } from "./settings";

/** The storage account type token. */
export const STORAGE_ACCOUNT = "azure-native:storage:StorageAccount";
/** The blob service settings type token. */
export const BLOB_SERVICE = "azure-native:storage:BlobServiceProperties";

/** The file service settings type token. */
export const FILE_SERVICE = "azure-native:storage:FileServiceProperties";

/** Link of a service-properties companion to its account. */
export const ACCOUNT_LINK = { targetTypes: [STORAGE_ACCOUNT], linkProperty: "accountName", targetKeys: ["accountName", "name"] } as const;

/** Whether an account has a blob service (every kind but FileStorage; StorageV2 when `kind` is omitted). */
export function hasBlobService(account: PolicyResource): boolean {
  const kind = peek(account.props, "kind");
  return !(kind.state === "known" && sameText(kind.value, "FileStorage"));
}

/** Verdict on a boolean flag of a companion that must be true (absent counts as off: `absentOk` false). */
export function flagVerdict(props: unknown, path: string, absentOk = false): CompanionVerdict {
  const v = peek(props, path);
  if (v.state === "unknown") return "unknown";
  if (v.state === "absent") return absentOk ? "ok" : "bad";
  return isTrue(v.value) ? "ok" : "bad";
}

/** A companion spec for a blob service setting (accounts without a blob service are left out by `accounts`). */
export function blobServiceSpec(s: Pick<CompanionSpec, "verdict" | "bad" | "missing">): CompanionSpec {
  return { ...ACCOUNT_LINK, companionTypes: [BLOB_SERVICE], appliesTo: hasBlobService, ...s };
}

/** What sets one blob service flag policy apart from the others (see `blobServiceFlagPolicy`). */
export interface BlobServiceFlagPolicySpec {
  /** Policy name, `azure-storage-require-<feature>`. */
  name: string;
  description: string;
  remediationSteps: string;
  url: string;
  /** Path of the boolean on BlobServiceProperties that must be true, e.g. `isVersioningEnabled`. */
  flag: string;
  /** The feature the flag turns on, as messages name it, e.g. "blob versioning". */
  feature: string;
}

/**
 * A stack policy (medium, advisory) for a BlobServiceProperties flag that is off by default for
 * accounts created through the API: each BlobServiceProperties in the stack must set `spec.flag`
 * true (also when its account is elsewhere); an account with a blob service and no
 * BlobServiceProperties in the stack gets an advisory.
 */
export function blobServiceFlagPolicy(spec: BlobServiceFlagPolicySpec) {
  const { flag, feature, ...text } = spec;
  const setting = blobServiceSpec({
    verdict: (c) => flagVerdict(c.props, flag),
    bad: () => `${flag} is not true on this BlobServiceProperties, so ${feature} is off. Set ${flag} to true.`,
    missing: `The storage account has no BlobServiceProperties in the stack, and ${feature} is off by default for accounts created through the API. Add a BlobServiceProperties with ${flag} true.`,
  });
  return azurePolicy({
    ...text,
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: [STORAGE_ACCOUNT, BLOB_SERVICE],
    validateStack: ({ index }, report) => checkCompanions(index, report, setting),
  });
}

/** What sets one SMB setting policy apart from the other (see `smbOnlyPolicy`). */
export interface SmbOnlyPolicySpec {
  /** Policy name, `azure-storage-require-smb-<value>`. */
  name: string;
  description: string;
  severity: Severity;
  /** The setting under `protocolSettings.smb` (a `;`-separated list), e.g. `versions`. */
  setting: "versions" | "channelEncryption";
  /** The one value the list may hold, e.g. "SMB3.1.1". */
  only: string;
  /** The message when the setting is not set (every value is accepted by default). */
  absent: string;
  /** The message when the list holds another value. */
  bad: string;
}

/**
 * An advisory policy on FileServiceProperties: `protocolSettings.smb.<setting>` must list
 * `spec.only` and nothing else (entries compared case-insensitively); not set is reported too,
 * since the service then accepts every value.
 */
export function smbOnlyPolicy(spec: SmbOnlyPolicySpec) {
  const { setting, only, absent, bad } = spec;
  return azurePolicy({
    name: spec.name,
    description: spec.description,
    severity: spec.severity,
    enforcementLevel: "advisory",
    remediationSteps: `Set \`protocolSettings: { smb: { ${setting}: "${only}" } }\` on the account's FileServiceProperties.`,
    url: "https://learn.microsoft.com/en-us/azure/storage/files/files-smb-protocol#smb-security-settings",
    resourceTypes: [FILE_SERVICE],
    validateResource: ({ props }, report) => {
      const entries = (x: string) =>
        String(x)
          .split(";")
          .map((s) => s.trim().toUpperCase())
          .filter(Boolean);
      const v = checkSetting<string>(props, `protocolSettings.smb.${setting}`, (x) => entries(x).every((s) => s === only.toUpperCase()), false);
      if (v === "absent-bad") report(absent);
      if (v === "bad") report(bad);
    },
  });
}
