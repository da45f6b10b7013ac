/**
 * App Service (web apps and function apps) type tokens of azure-native 3: a site and a deployment
 * slot carry the same inputs (`httpsOnly`, `siteConfig`, `identity`, ...; web/webApp.d.ts,
 * web/webAppSlot.d.ts). Site configuration has no separate resource in azure-native 3: it is
 * `siteConfig` on the site or slot. Basic-auth publishing credentials are separate resources
 * (`WebAppFtpAllowed`, `WebAppScmAllowed` and their `...Slot` variants, `allow: boolean`).
 */

/** A web app or function app. */
export const WEBAPP = "azure-native:web:WebApp";
/** A deployment slot of a web app or function app. */
export const WEBAPP_SLOT = "azure-native:web:WebAppSlot";
/** Both site types. */
export const SITES = [WEBAPP, WEBAPP_SLOT] as const;
/** FTP basic-auth publishing credentials policy of a site. */
export const FTP_ALLOWED = "azure-native:web:WebAppFtpAllowed";
/** SCM (Kudu) basic-auth publishing credentials policy of a site. */
export const SCM_ALLOWED = "azure-native:web:WebAppScmAllowed";
/** FTP basic-auth policy of a slot. */
export const FTP_ALLOWED_SLOT = "azure-native:web:WebAppFtpAllowedSlot";
/** SCM basic-auth policy of a slot. */
export const SCM_ALLOWED_SLOT = "azure-native:web:WebAppScmAllowedSlot";

/** A minimal web app's inputs, for fixtures. */
export const SITE_BASE = {
  resourceGroupName: "rg",
  serverFarmId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan",
  kind: "app,linux",
} as const;
