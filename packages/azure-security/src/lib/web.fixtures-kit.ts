/**
 * Fixture pieces shared by the App Service site policies (lib/web.ts): the not-applicable case
 * every site policy's list ends with.
 */
import type { Fixture } from "@rampart/policy-testing";

/** Not applicable: a `web:WebAppFtpAllowed` (the FTP publishing policy of app "app") is not a site. */
export const FTP_POLICY_IS_NOT_A_SITE: Fixture = {
  name: "FTP publishing policy is not a site",
  expect: "not-applicable",
  resource: { type: "azure-native:web:WebAppFtpAllowed", props: { resourceGroupName: "rg", name: "app", allow: false } },
};
