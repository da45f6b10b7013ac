/**
 * The validate functions shared by the compute size policies: one for AWS instance types (EC2
 * instances and launch templates: `instanceType`), one for Azure VM sizes (VMs:
 * `hardwareProfile.vmSize`, scale sets: `sku.name`). Each reads the size at its property path,
 * lets an unknown one raise the SDK's preview advisory, and checks it with `checkOffering`.
 */
import { peek, requireKnown, type ResourceContext, type Report } from "@rampart/policy-core";
import { awsInstanceTypeConfig, azureVmSizeConfig } from "./configs";
import { limitFor } from "./env";
import { checkOffering } from "./offering";
import { awsSizeUnits, azureVmVcpus } from "./sizes";

type ConfigOf<F extends () => Record<string, { default: unknown }>> = { [K in keyof ReturnType<F>]: ReturnType<F>[K]["default"] };

/** The validate function for an AWS instance type at `path`. */
export function validateAwsInstanceType(path: string) {
  return ({ props, config, urn, stackTags }: ResourceContext<ConfigOf<typeof awsInstanceTypeConfig>>, report: Report): void => {
    const t = peek<string>(props, path);
    if (t.state === "unknown") return requireKnown(props, path);
    if (t.state !== "known" || typeof t.value !== "string") return;
    checkOffering(
      {
        value: t.value,
        path,
        allowed: config.allowedInstanceTypes,
        allowedKey: "allowedInstanceTypes",
        blocked: config.blockedInstanceTypes,
        blockedKey: "blockedInstanceTypes",
        cap: limitFor({ urn, stackTags }, config, "maxSize"),
        sizeOf: awsSizeUnits,
        capSize: (c) => awsSizeUnits(String(c)),
        advice: "Choose a smaller type of a current general-purpose family.",
      },
      report,
    );
  };
}

/** The validate function for an Azure VM size at `path`. */
export function validateAzureVmSize(path: string) {
  return ({ props, config, urn, stackTags }: ResourceContext<ConfigOf<typeof azureVmSizeConfig>>, report: Report): void => {
    const s = peek<string>(props, path);
    if (s.state === "unknown") return requireKnown(props, path);
    if (s.state !== "known" || typeof s.value !== "string") return;
    checkOffering(
      {
        value: s.value,
        path,
        allowed: config.allowedVmSizes,
        allowedKey: "allowedVmSizes",
        blocked: config.blockedVmSizes,
        blockedKey: "blockedVmSizes",
        cap: limitFor({ urn, stackTags }, config, "maxVcpus"),
        sizeOf: azureVmVcpus,
        capSize: (c) => Number(c),
        advice: "Choose a smaller general-purpose size (Standard_B*, Standard_D*_v5).",
      },
      report,
    );
  };
}
