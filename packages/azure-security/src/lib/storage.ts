/**
 * Storage account companions: blob and file service settings live on
 * `azure-native:storage:BlobServiceProperties` / `FileServiceProperties`, linked to the account
 * by `accountName` (the account's `accountName` input or `name` output, or the property dependency).
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkCompanions, type CompanionSpec, type CompanionVerdict } from "./companions";
import { isTrue, sameText } from "./settings";

/** The storage account type token. */
export const STORAGE_ACCOUNT = "azure-native:storage:StorageAccount";
/** The blob service settings type token. */
export const BLOB_SERVICE = "azure-native:storage:BlobServiceProperties";

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
