import { fixtures, unknown } from "@rampart/policy-testing";
import { DATABRICKS_BASE, DATABRICKS_WORKSPACE } from "../lib/databricks";

const kv = { keyName: "k", keyVaultUri: "https://kv.vault.azure.net/", keyVersion: "1" };

export default fixtures([
  {
    name: "managed services and disks with CMK",
    expect: "pass",
    resource: {
      type: DATABRICKS_WORKSPACE,
      props: {
        ...DATABRICKS_BASE,
        encryption: {
          entities: {
            managedServices: { keySource: "Microsoft.Keyvault", keyVaultProperties: kv },
            managedDisk: { keySource: "Microsoft.Keyvault", keyVaultProperties: kv },
          },
        },
      },
    },
  },
  {
    name: "DBFS root with CMK",
    expect: "pass",
    resource: {
      type: DATABRICKS_WORKSPACE,
      props: {
        ...DATABRICKS_BASE,
        parameters: {
          prepareEncryption: { value: true },
          encryption: { value: { keySource: "Microsoft.Keyvault", keyName: "k", keyVaultUri: kv.keyVaultUri } },
        },
      },
    },
  },
  {
    name: "defaults (Microsoft-managed keys)",
    expect: "violate",
    message: "no customer-managed key is configured",
    resource: { type: DATABRICKS_WORKSPACE, props: DATABRICKS_BASE },
  },
  {
    name: "DBFS encryption with the Default key source",
    expect: "violate",
    message: "Microsoft-managed keys",
    resource: { type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, parameters: { encryption: { value: { keySource: "Default" } } } } },
  },
  {
    name: "encryption unknown during preview",
    expect: "unknown",
    resource: { type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, encryption: unknown() } },
  },
  {
    name: "an access connector is not a workspace",
    expect: "not-applicable",
    resource: { type: "azure-native:databricks:AccessConnector", props: { resourceGroupName: "rg" } },
  },
]);
