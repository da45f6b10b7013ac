import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

export default fixtures([
  { name: "account with TLS1_2", expect: "pass", resource: { type: SA, props: { ...base, minimumTlsVersion: "TLS1_2" } } },
  { name: "account with TLS1_3 (any version from 1.2 on)", expect: "pass", resource: { type: SA, props: { ...base, minimumTlsVersion: "TLS1_3" } } },
  {
    name: "account with TLS1_0",
    expect: "violate",
    message: "allows TLS versions older than 1.2",
    resource: { type: SA, props: { ...base, minimumTlsVersion: "TLS1_0" } },
  },
  { name: "account with TLS1_1", expect: "violate", message: "minimumTlsVersion", resource: { type: SA, props: { ...base, minimumTlsVersion: "TLS1_1" } } },
  // Azure Storage rejects TLS 1.0/1.1 on every account since 3 February 2026, whatever the setting says.
  { name: "account without minimumTlsVersion (TLS 1.2 is enforced by the service)", expect: "pass", resource: { type: SA, props: base } },
  { name: "TLS version unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, minimumTlsVersion: unknown() } } },
  {
    name: "a blob container is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:BlobContainer", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
