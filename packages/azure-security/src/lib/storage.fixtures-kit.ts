/**
 * Fixture builders for the storage policies (lib/storage.ts): a StorageV2 account "data"
 * (accountName datastore01) and its BlobServiceProperties "data-blob", and the standard case list
 * of a blob service flag policy (`blobServiceFlagPolicy`).
 */
import { unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";
import { BLOB_SERVICE, FILE_SERVICE, STORAGE_ACCOUNT } from "./storage";

/** Props of a StorageV2 account (Standard_LRS in resource group "rg") with nothing else set. */
export const STORAGE_ACCOUNT_BASE = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

/** The account the blob service cases are about. */
const account = {
  type: STORAGE_ACCOUNT,
  name: "data",
  props: { resourceGroupName: "rg", accountName: "datastore01", kind: "StorageV2", sku: { name: "Standard_LRS" } },
};

/** A BlobServiceProperties "data-blob" with `props`, linked to its account by `link` (default accountName datastore01). */
function blobService(props: Record<string, unknown>, link: Record<string, unknown> = { accountName: "datastore01" }): FixtureResource {
  return { type: BLOB_SERVICE, name: "data-blob", props: { resourceGroupName: "rg", blobServicesName: "default", ...link, ...props } };
}

/** What sets one blob service flag policy's fixtures apart (see `blobServiceFlagFixtures`). */
export interface BlobServiceFlagFixtureSpec {
  /** The feature as case names say it, e.g. "blob versioning". */
  feature: string;
  /** Path of the flag, as messages name it, e.g. `deleteRetentionPolicy.enabled`. */
  flag: string;
  /** BlobServiceProperties props that turn the feature on, e.g. `{ isVersioningEnabled: true }`. */
  on: Record<string, unknown>;
  /** BlobServiceProperties props that turn it off. */
  off: Record<string, unknown>;
  /** Add the case "FileStorage account has no blob service" (passes: no advisory for such an account). */
  fileStorage?: boolean;
}

/**
 * The case list of a blob service flag policy: on (linked by account name, and by property
 * dependency during preview) passes; off, not set, and off for an account outside the stack
 * violate on data-blob; an account without BlobServiceProperties is advisory; the flag's top-level
 * property unknown, or the companion's account name unknown with no dependency, is unknown; a
 * FileServiceProperties is not applicable.
 */
export function blobServiceFlagFixtures(s: BlobServiceFlagFixtureSpec): Fixture[] {
  const top = s.flag.split(".")[0];
  return [
    { name: `${s.feature} on, linked by account name`, expect: "pass", resources: [account, blobService(s.on)] },
    {
      name: `${s.feature} on, linked by property dependency during preview`,
      expect: "pass",
      resources: [account, { ...blobService(s.on, { accountName: unknown() }), propertyDependencies: { accountName: ["data"] } }],
    },
    { name: `${s.feature} off`, expect: "violate", target: "data-blob", message: `${s.flag} is not true`, resources: [account, blobService(s.off)] },
    {
      name: "BlobServiceProperties without the setting (off by default)",
      expect: "violate",
      target: "data-blob",
      message: s.flag,
      resources: [account, blobService({ cors: { corsRules: [] } })],
    },
    {
      name: "BlobServiceProperties of an account outside the stack, setting off",
      expect: "violate",
      target: "data-blob",
      message: s.flag,
      resources: [blobService(s.off, { accountName: "elsewhere01" })],
    },
    { name: "account without BlobServiceProperties in the stack", expect: "advisory", message: "no BlobServiceProperties in the stack", resources: [account] },
    { name: "setting unknown during preview", expect: "unknown", resources: [account, blobService({ [top]: unknown() })] },
    {
      name: "account name of the companion unknown, no dependency",
      expect: "unknown",
      resources: [account, blobService(s.on, { accountName: unknown() })],
    },
    ...(s.fileStorage
      ? [
          {
            name: "FileStorage account has no blob service",
            expect: "pass" as const,
            resources: [{ ...account, props: { ...account.props, kind: "FileStorage", sku: { name: "Premium_LRS" } } }],
          },
        ]
      : []),
    {
      name: "a file service is not a blob service",
      expect: "not-applicable",
      resources: [{ type: "azure-native:storage:FileServiceProperties", name: "f", props: { accountName: "x", resourceGroupName: "rg" } }],
    },
  ];
}

/** What sets one SMB setting policy's fixtures apart (see `smbOnlyFixtures`). */
export interface SmbOnlyFixtureSpec {
  /** The setting under `protocolSettings.smb`, e.g. `versions`. */
  setting: string;
  /** The one value the policy accepts, and a list that also holds another. */
  values: [only: string, mixed: string];
  /** Case names, in order: only the value (passes), mixed (violates), defaults (violates), unknown. */
  names: [only: string, mixed: string, defaults: string, unknown: string];
  /** Message substrings of the mixed and the defaults case. */
  messages: [mixed: string, defaults: string];
}

/**
 * The case list of an SMB setting policy (`smbOnlyPolicy`) on a FileServiceProperties of account
 * files01: the value alone passes; a list with another value, and the service defaults, violate;
 * the setting unknown during preview is unknown; a FileShare is not applicable.
 */
export function smbOnlyFixtures(s: SmbOnlyFixtureSpec): Fixture[] {
  const base = { resourceGroupName: "rg", accountName: "files01", fileServicesName: "default" };
  const service = (value?: unknown) => ({
    type: FILE_SERVICE,
    props: value === undefined ? base : { ...base, protocolSettings: { smb: { [s.setting]: value } } },
  });
  const [only, mixed] = s.values;
  return [
    { name: s.names[0], expect: "pass", resource: service(only) },
    { name: s.names[1], expect: "violate", message: s.messages[0], resource: service(mixed) },
    { name: s.names[2], expect: "violate", message: s.messages[1], resource: service() },
    { name: s.names[3], expect: "unknown", resource: service(unknown()) },
    {
      name: "a file share is not the file service",
      expect: "not-applicable",
      resource: { type: "azure-native:storage:FileShare", props: { accountName: "a", resourceGroupName: "rg" } },
    },
  ];
}
