import { fixtures, unknown } from "@rampart/policy-testing";
import { sqlInstanceWith } from "../lib/sql-flags.fixtures-kit";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "SSL required (ENCRYPTED_ONLY)",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { sslMode: "ENCRYPTED_ONLY" } }),
  },
  {
    name: "client certificates required",
    expect: "pass",
    resource: sqlInstanceWith("MYSQL_8_0", { ipConfiguration: { sslMode: "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" } }),
  },
  {
    name: "unencrypted connections allowed explicitly",
    expect: "violate",
    message: 'sslMode is "ALLOW_UNENCRYPTED_AND_ENCRYPTED"',
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { sslMode: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" } }),
  },
  {
    name: "sslMode omitted (API default allows unencrypted)",
    expect: "violate",
    message: "sslMode is not set",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc" } }),
  },
  { name: "no settings at all", expect: "violate", message: "sslMode is not set", resource: { type: I, props: { databaseVersion: "MYSQL_8_0" } } },
  {
    name: "sslMode unknown during preview",
    expect: "unknown",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { sslMode: unknown() } }),
  },
  { name: "settings unknown during preview", expect: "unknown", resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: unknown() } } },
  {
    name: "an SSL certificate resource is not an instance",
    expect: "not-applicable",
    resource: { type: "gcp:sql/sslCert:SslCert", props: { commonName: "client", instance: "db" } },
  },
  // Cloud SQL connectors and the Auth Proxy always encrypt: connectorEnforcement REQUIRED admits only them.
  {
    name: "connectors required (connectorEnforcement REQUIRED), no sslMode",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", { connectorEnforcement: "REQUIRED" }),
  },
  {
    name: "connectors required, sslMode allowing unencrypted direct connections that are refused anyway",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", { connectorEnforcement: "REQUIRED", ipConfiguration: { sslMode: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" } }),
  },
  {
    name: "connectors not required and no sslMode",
    expect: "violate",
    message: "connectorEnforcement to REQUIRED",
    resource: sqlInstanceWith("POSTGRES_16", { connectorEnforcement: "NOT_REQUIRED" }),
  },
  {
    name: "connectorEnforcement unknown during preview, no sslMode",
    expect: "unknown",
    resource: sqlInstanceWith("POSTGRES_16", { connectorEnforcement: unknown() }),
  },
  {
    name: "connectorEnforcement unknown during preview, sslMode ENCRYPTED_ONLY",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", { connectorEnforcement: unknown(), ipConfiguration: { sslMode: "ENCRYPTED_ONLY" } }),
  },
]);
