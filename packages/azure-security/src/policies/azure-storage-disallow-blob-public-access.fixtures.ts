import { optionalFlagFixtures } from "../lib/flag.fixtures-kit";
import { STORAGE_ACCOUNT } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE } from "../lib/storage.fixtures-kit";

export default optionalFlagFixtures(
  { type: STORAGE_ACCOUNT, props: STORAGE_ACCOUNT_BASE },
  ["allowBlobPublicAccess", true, false],
  [
    "account with defaults (anonymous access off)",
    "account with allowBlobPublicAccess false",
    "account that allows anonymous blob access",
    "public access flag unknown during preview",
  ],
  ["a file share is not an account", "azure-native:storage:FileShare", { accountName: "a", resourceGroupName: "rg" }],
);
