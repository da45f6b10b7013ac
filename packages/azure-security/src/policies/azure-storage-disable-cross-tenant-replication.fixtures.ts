import { optionalFlagFixtures } from "../lib/flag.fixtures-kit";
import { STORAGE_ACCOUNT } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE } from "../lib/storage.fixtures-kit";

export default optionalFlagFixtures(
  { type: STORAGE_ACCOUNT, props: STORAGE_ACCOUNT_BASE },
  ["allowCrossTenantReplication", true, false],
  ["account with defaults (off for new accounts)", "cross-tenant replication off", "cross-tenant replication on", "flag unknown during preview"],
  ["an object replication policy is not an account", "azure-native:storage:ObjectReplicationPolicy", { accountName: "a", resourceGroupName: "rg" }],
);
