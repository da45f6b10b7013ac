import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/**
 * EFS file systems must be encrypted at rest. `encrypted` (efs/fileSystem.d.ts) is off unless
 * set: the EFS API (unlike the console) creates unencrypted file systems by default, and
 * encryption can only be chosen at creation.
 */
export default awsPolicy({
  name: "aws-efs-require-encryption",
  description: "EFS file systems must be encrypted at rest.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `encrypted: true` (optionally `kmsKeyId` for a customer managed key). An existing file system must be replaced: create an encrypted one and copy the data (e.g. with AWS DataSync).",
  url: "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
  resourceTypes: ["aws:efs/fileSystem:FileSystem"],
  validateResource: requireTrue({
    path: "encrypted",
    whenAbsent: "encrypted is not set, so the file system is created unencrypted. Set encrypted to true.",
    message: "encrypted is false, so file data is stored unencrypted. Set encrypted to true.",
  }),
});
