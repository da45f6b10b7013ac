import { fixtures, unknown } from "@rampart/policy-testing";
import { REDIS, REDIS_BASE, REDIS_ENTERPRISE_DB, REDIS_ENTERPRISE_DB_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";

export default fixtures([
  { name: "cache with defaults", expect: "pass", resource: { type: REDIS, props: REDIS_BASE } },
  { name: "non-TLS port off", expect: "pass", resource: { type: REDIS, props: { ...REDIS_BASE, enableNonSslPort: false } } },
  {
    name: "non-TLS port on",
    expect: "violate",
    message: "enableNonSslPort is true",
    resource: { type: REDIS, props: { ...REDIS_BASE, enableNonSslPort: true } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: REDIS, props: { ...REDIS_BASE, enableNonSslPort: unknown() } } },
  // Azure Managed Redis / Redis Enterprise (the v2 service): clientProtocol on the database.
  { name: "managed redis database with defaults (Encrypted)", expect: "pass", resource: { type: REDIS_ENTERPRISE_DB, props: REDIS_ENTERPRISE_DB_BASE } },
  {
    name: "managed redis database encrypted",
    expect: "pass",
    resource: { type: REDIS_ENTERPRISE_DB, props: { ...REDIS_ENTERPRISE_DB_BASE, clientProtocol: "Encrypted" } },
  },
  {
    name: "managed redis database in plaintext",
    expect: "violate",
    message: "clientProtocol is",
    resource: { type: REDIS_ENTERPRISE_DB, props: { ...REDIS_ENTERPRISE_DB_BASE, clientProtocol: "Plaintext" } },
  },
  {
    name: "managed redis protocol unknown during preview",
    expect: "unknown",
    resource: { type: REDIS_ENTERPRISE_DB, props: { ...REDIS_ENTERPRISE_DB_BASE, clientProtocol: unknown() } },
  },
  registryIsNot("a cache"),
]);
