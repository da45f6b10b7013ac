import { ACR, ACR_BASE } from "../lib/data";
import { optionalFlagFixtures } from "../lib/flag.fixtures-kit";

export default optionalFlagFixtures(
  { type: ACR, props: ACR_BASE },
  ["anonymousPullEnabled", true, false],
  ["registry with defaults", "anonymous pull off", "anonymous pull on", "flag unknown during preview"],
  ["a Redis cache is not a registry", "azure-native:redis:Redis", { resourceGroupName: "rg", sku: { name: "Basic", family: "C", capacity: 0 } }],
);
