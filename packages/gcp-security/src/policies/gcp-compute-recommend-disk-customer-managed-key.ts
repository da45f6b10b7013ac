import { isSet, msg, peek, requireKnown } from "@rampart/policy-core";
import { INSTANCE, INSTANCE_TEMPLATE, REGION_INSTANCE_TEMPLATE } from "../lib/compute";
import { gcpPolicy } from "../policy";

const DISK = "gcp:compute/disk:Disk";
const REGION_DISK = "gcp:compute/regionDisk:RegionDisk";

/**
 * Persistent disks should be encrypted with a key the customer controls: a Cloud KMS key (CMEK) or
 * a customer-supplied key (CSEK). Without one, Google-managed keys are used (the default). Where the
 * key goes: `diskEncryptionKey.kmsKeySelfLink`/`rawKey`/`rsaEncryptedKey` on `compute.Disk`,
 * `diskEncryptionKey.kmsKeyName`/`rawKey`/`rsaEncryptedKey` on `compute.RegionDisk`,
 * `bootDisk.kmsKeySelfLink`/`diskEncryptionKeyRaw`/`diskEncryptionKeyRsa` on an instance, and
 * `disks[].diskEncryptionKey.kmsKeySelfLink` on templates. A boot disk or template disk that
 * attaches an existing disk (`source`) is judged on that disk.
 */
export default gcpPolicy({
  name: "gcp-compute-recommend-disk-customer-managed-key",
  description:
    "Persistent disks (standalone, instance boot disks and template disks) should be encrypted with a customer-managed (Cloud KMS) or customer-supplied key.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create a `gcp.kms.CryptoKey`, grant the Compute Engine service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it, and set its id as `diskEncryptionKey.kmsKeySelfLink` (Disk), `diskEncryptionKey.kmsKeyName` (RegionDisk), `bootDisk.kmsKeySelfLink` (Instance) or `disks[].diskEncryptionKey.kmsKeySelfLink` (templates).",
  url: "https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
  resourceTypes: [DISK, REGION_DISK, INSTANCE, INSTANCE_TEMPLATE, REGION_INSTANCE_TEMPLATE],
  validateResource: ({ type, props }, report) => {
    const anySet = (base: string, keys: readonly string[]) => keys.some((k) => isSet(props, base ? `${base}.${k}` : k));
    if (type === DISK || type === REGION_DISK) {
      const keys = type === DISK ? ["kmsKeySelfLink", "rawKey", "rsaEncryptedKey"] : ["kmsKeyName", "rawKey", "rsaEncryptedKey"];
      const block = peek<unknown>(props, "diskEncryptionKey");
      if (block.state === "unknown") return; // set: counts as set
      if (!anySet("diskEncryptionKey", keys)) {
        report(
          msg`diskEncryptionKey has no ${keys[0]} (or customer-supplied key), so the disk is encrypted with a Google-managed key (the default). Set diskEncryptionKey.${keys[0]} to a Cloud KMS key.`,
        );
      }
      return;
    }
    if (type === INSTANCE) {
      const boot = peek<unknown>(props, "bootDisk");
      if (boot.state !== "known") return;
      if (isSet(props, "bootDisk.source")) return; // an existing disk: checked as a compute.Disk
      if (!anySet("bootDisk", ["kmsKeySelfLink", "diskEncryptionKeyRaw", "diskEncryptionKeyRsa"])) {
        report(
          "bootDisk has no kmsKeySelfLink (or customer-supplied key), so the boot disk is encrypted with a Google-managed key (the default). Set bootDisk.kmsKeySelfLink to a Cloud KMS key.",
        );
      }
      return;
    }
    const disks = peek<unknown>(props, "disks");
    if (disks.state === "unknown") {
      requireKnown(props, "disks");
      return;
    }
    if (disks.state !== "known" || !Array.isArray(disks.value)) return;
    for (let i = 0; i < disks.value.length; i++) {
      if (isSet(props, `disks.${i}.source`)) continue;
      if (!isSet(props, `disks.${i}.diskEncryptionKey.kmsKeySelfLink`)) {
        report(
          msg`disks.${i}.diskEncryptionKey.kmsKeySelfLink is not set, so disks created from this template are encrypted with a Google-managed key (the default). Set it to a Cloud KMS key.`,
        );
      }
    }
  },
});
