import { REDIS, REDIS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";
import { minimumTlsFixtures } from "../lib/tls.fixtures-kit";

export default minimumTlsFixtures({
  type: REDIS,
  base: REDIS_BASE,
  path: "minimumTlsVersion",
  defaults: "cache with defaults",
  versions: { v12: "1.2", v10: "1.0", v11: "1.1" },
  retired: { name: "TLS 1.0 reported as retired, not as an exposure", message: "the API rejects them" },
  notApplicable: registryIsNot("a cache"),
});
