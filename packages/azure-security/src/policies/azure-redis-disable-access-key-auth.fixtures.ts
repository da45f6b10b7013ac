import { REDIS, REDIS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";
import { requiredTrueFixtures } from "../lib/flag.fixtures-kit";

export default requiredTrueFixtures({
  type: REDIS,
  base: REDIS_BASE,
  flag: "disableAccessKeyAuthentication",
  on: "Entra ID only",
  onProps: { redisConfiguration: { aadEnabled: "true" } },
  defaults: "cache with defaults",
  off: "keys explicitly allowed",
  notApplicable: registryIsNot("a cache"),
});
