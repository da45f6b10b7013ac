import { requiredFlagFixtures } from "../lib/flag.fixtures-kit";
import { STORAGE_ACCOUNT } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE } from "../lib/storage.fixtures-kit";

export default requiredFlagFixtures({ type: STORAGE_ACCOUNT, props: STORAGE_ACCOUNT_BASE }, ["defaultToOAuthAuthentication", true, false], {
  names: ["defaults to Entra authorization", "account with defaults (access key in the portal)", "explicitly false", "flag unknown during preview"],
  messages: ["defaultToOAuthAuthentication is not true", "defaultToOAuthAuthentication"],
  other: ["a table is not an account", "azure-native:storage:Table", { accountName: "a", resourceGroupName: "rg" }],
});
