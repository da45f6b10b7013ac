import { fixtures, unknown } from "@rampart/policy-testing";
import { REDIS, REDIS_BASE, REDIS_ENTERPRISE_DB, REDIS_ENTERPRISE_DB_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";
import { forbiddenTrueCases } from "../lib/flag.fixtures-kit";

const managed = (clientProtocol?: unknown) => ({
  type: REDIS_ENTERPRISE_DB,
  props: clientProtocol === undefined ? REDIS_ENTERPRISE_DB_BASE : { ...REDIS_ENTERPRISE_DB_BASE, clientProtocol },
});

export default fixtures([
  ...forbiddenTrueCases({
    type: REDIS,
    base: REDIS_BASE,
    flag: "enableNonSslPort",
    defaults: "cache with defaults",
    off: "non-TLS port off",
    on: "non-TLS port on",
  }),
  // Azure Managed Redis / Redis Enterprise (the v2 service): clientProtocol on the database.
  { name: "managed redis database with defaults (Encrypted)", expect: "pass", resource: managed() },
  { name: "managed redis database encrypted", expect: "pass", resource: managed("Encrypted") },
  { name: "managed redis database in plaintext", expect: "violate", message: "clientProtocol is", resource: managed("Plaintext") },
  { name: "managed redis protocol unknown during preview", expect: "unknown", resource: managed(unknown()) },
  registryIsNot("a cache"),
]);
