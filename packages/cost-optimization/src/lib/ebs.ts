/**
 * EBS volume settings wherever they are declared: a standalone `aws:ebs/volume:Volume`, an EC2
 * instance's `rootBlockDevice` and `ebsBlockDevices[]`, a launch template's
 * `blockDeviceMappings[].ebs`. Property names per @pulumi/aws 7 (VolumeArgs, InstanceRootBlockDevice,
 * InstanceEbsBlockDevice, LaunchTemplateBlockDeviceMappingEbs).
 */
import { peek, peekItems } from "@rampart/policy-core";

export const EBS_VOLUME = "aws:ebs/volume:Volume";
export const EC2_INSTANCE = "aws:ec2/instance:Instance";
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
/** Every type that declares EBS volumes. */
export const EBS_TYPES = [EBS_VOLUME, EC2_INSTANCE, LAUNCH_TEMPLATE];

/** A volume setting: `type`, `size` (GiB), `iops`, `throughput` (MiB/s). */
export type EbsField = "type" | "size" | "iops" | "throughput";

const BLOCK_KEY: Record<EbsField, string> = { type: "volumeType", size: "volumeSize", iops: "iops", throughput: "throughput" };

/** One declared volume: where it is, and its container object. */
interface VolumeSpot {
  path: string;
  obj: unknown;
  key: string;
}

/** Known values of `field` on every volume of the resource, and whether any is unknown during preview. */
export function ebsValues<T>(type: string, props: unknown, field: EbsField): { values: { path: string; value: T }[]; unknown: boolean } {
  const spots: VolumeSpot[] = [];
  let unknown = false;
  if (type === EBS_VOLUME) spots.push({ path: field, obj: props, key: field });
  if (type === EC2_INSTANCE) {
    const root = peek<unknown>(props, "rootBlockDevice");
    if (root.state === "unknown") unknown = true;
    else if (root.state === "known") spots.push({ path: `rootBlockDevice.${BLOCK_KEY[field]}`, obj: root.value, key: BLOCK_KEY[field] });
    const blocks = peekItems<unknown>(props, "ebsBlockDevices");
    unknown ||= blocks.unknown;
    blocks.known.forEach((b, i) => spots.push({ path: `ebsBlockDevices[${i}].${BLOCK_KEY[field]}`, obj: b, key: BLOCK_KEY[field] }));
  }
  if (type === LAUNCH_TEMPLATE) {
    const maps = peekItems<unknown>(props, "blockDeviceMappings");
    unknown ||= maps.unknown;
    maps.known.forEach((m, i) => {
      const ebs = peek<unknown>(m, "ebs");
      if (ebs.state === "unknown") unknown = true;
      else if (ebs.state === "known") spots.push({ path: `blockDeviceMappings[${i}].ebs.${BLOCK_KEY[field]}`, obj: ebs.value, key: BLOCK_KEY[field] });
    });
  }
  const values: { path: string; value: T }[] = [];
  for (const s of spots) {
    const v = peek<T>(s.obj, s.key);
    if (v.state === "unknown") unknown = true;
    else if (v.state === "known") values.push({ path: s.path, value: v.value });
  }
  return { values, unknown };
}
