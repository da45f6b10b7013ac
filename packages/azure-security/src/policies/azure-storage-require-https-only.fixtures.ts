import { optionalFlagFixtures } from "../lib/flag.fixtures-kit";
import { STORAGE_ACCOUNT } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE } from "../lib/storage.fixtures-kit";

export default optionalFlagFixtures(
  { type: STORAGE_ACCOUNT, props: STORAGE_ACCOUNT_BASE },
  ["enableHttpsTrafficOnly", false, true],
  [
    "account with defaults (HTTPS only since API 2019-04-01)",
    "account with enableHttpsTrafficOnly true",
    "account that accepts HTTP",
    "HTTPS-only flag unknown during preview",
  ],
  ["a blob container is not an account", "azure-native:storage:BlobContainer", { accountName: "a", resourceGroupName: "rg" }],
);
