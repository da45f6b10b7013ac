/**
 * AWS regions and where they are.
 *
 * Sources:
 * - the region codes are exactly those of the `Region` enum of @pulumi/aws 7.48.0
 *   (node_modules/@pulumi/aws/types/enums/index.d.ts), minus `eu-isoe-west-1` (see below);
 * - names and locations from the AWS documentation "Regions and Availability Zones"
 *   (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html) and the
 *   AWS SDK endpoint partitions (`partitions.json` region descriptions).
 *
 * Not listed: `eu-isoe-west-1` (AWS ISOE partition; AWS does not publish its country). A region
 * missing from the catalog is allowed only when `allowedRegions.aws` names it.
 */
import { RegionInfo, regionTable } from "./types";

/** Every AWS region of the catalog, by code. */
export const AWS_REGIONS: ReadonlyMap<string, RegionInfo> = regionTable("aws", [
  ["af-south-1", "Africa (Cape Town)", "ZA"],
  ["ap-east-1", "Asia Pacific (Hong Kong)", "HK"],
  ["ap-east-2", "Asia Pacific (Taipei)", "TW"],
  ["ap-northeast-1", "Asia Pacific (Tokyo)", "JP"],
  ["ap-northeast-2", "Asia Pacific (Seoul)", "KR"],
  ["ap-northeast-3", "Asia Pacific (Osaka)", "JP"],
  ["ap-south-1", "Asia Pacific (Mumbai)", "IN"],
  ["ap-south-2", "Asia Pacific (Hyderabad)", "IN"],
  ["ap-southeast-1", "Asia Pacific (Singapore)", "SG"],
  ["ap-southeast-2", "Asia Pacific (Sydney)", "AU"],
  ["ap-southeast-3", "Asia Pacific (Jakarta)", "ID"],
  ["ap-southeast-4", "Asia Pacific (Melbourne)", "AU"],
  ["ap-southeast-5", "Asia Pacific (Malaysia)", "MY"],
  ["ap-southeast-6", "Asia Pacific (New Zealand)", "NZ"],
  ["ap-southeast-7", "Asia Pacific (Thailand)", "TH"],
  ["ca-central-1", "Canada (Central)", "CA"],
  ["ca-west-1", "Canada West (Calgary)", "CA"],
  ["eu-central-1", "Europe (Frankfurt)", "DE"],
  ["eu-central-2", "Europe (Zurich)", "CH"],
  ["eu-north-1", "Europe (Stockholm)", "SE"],
  ["eu-south-1", "Europe (Milan)", "IT"],
  ["eu-south-2", "Europe (Spain)", "ES"],
  ["eu-west-1", "Europe (Ireland)", "IE"],
  ["eu-west-2", "Europe (London)", "GB"],
  ["eu-west-3", "Europe (Paris)", "FR"],
  ["il-central-1", "Israel (Tel Aviv)", "IL"],
  ["me-central-1", "Middle East (UAE)", "AE"],
  ["me-south-1", "Middle East (Bahrain)", "BH"],
  ["mx-central-1", "Mexico (Central)", "MX"],
  ["sa-east-1", "South America (São Paulo)", "BR"],
  ["us-east-1", "US East (N. Virginia)", "US"],
  ["us-east-2", "US East (Ohio)", "US"],
  ["us-west-1", "US West (N. California)", "US"],
  ["us-west-2", "US West (Oregon)", "US"],
  ["cn-north-1", "China (Beijing)", "CN"],
  ["cn-northwest-1", "China (Ningxia)", "CN"],
  ["eusc-de-east-1", "AWS European Sovereign Cloud (Brandenburg)", "DE"],
  ["us-gov-east-1", "AWS GovCloud (US-East)", "US"],
  ["us-gov-west-1", "AWS GovCloud (US-West)", "US"],
  ["us-iso-east-1", "US ISO East", "US"],
  ["us-iso-west-1", "US ISO West", "US"],
  ["us-isob-east-1", "US ISOB East (Ohio)", "US"],
  ["us-isob-west-1", "US ISOB West", "US"],
  ["us-isof-east-1", "US ISOF East", "US"],
  ["us-isof-south-1", "US ISOF South", "US"],
]);

/**
 * AWS services without a region: their resources are global (IAM, Route 53 hosted zones and
 * records, CloudFront, Organizations, Global Accelerator, Shield Advanced, WAF Classic global,
 * Budgets, Cost Explorer). Module names as in @pulumi/aws type tokens (`aws:<module>/...`).
 * Regional parts of these modules (Route 53 Resolver and Profiles) carry a `region` input in
 * @pulumi/aws 7 and are not global.
 */
export const AWS_GLOBAL_MODULES: readonly string[] = [
  "iam",
  "route53",
  "route53domains",
  "cloudfront",
  "organizations",
  "globalaccelerator",
  "shield",
  "waf",
  "budgets",
  "costexplorer",
];

/**
 * Whether an AWS type token belongs to a global service, e.g. `aws:iam/role:Role`. Route 53
 * Resolver and Profiles resources (`aws:route53/resolver*`, `aws:route53/profiles*`) are regional.
 */
export function isAwsGlobalType(type: string): boolean {
  const m = /^aws:([^/:]+)\/([^:]+):/.exec(type);
  if (!m) return false;
  if (m[1] === "route53" && /^(resolver|profiles)/.test(m[2])) return false;
  return AWS_GLOBAL_MODULES.includes(m[1]);
}

/**
 * The region in an AWS ARN (`arn:<partition>:<service>:<region>:<account>:<resource>`); `undefined`
 * when the ARN has no region (S3 bucket and IAM ARNs) or is not an ARN.
 */
export function awsRegionOfArn(arn: string): string | undefined {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  return parts[3] ? parts[3].toLowerCase() : undefined;
}
