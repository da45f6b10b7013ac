import { unknown } from "@rampart/policy-testing";
import { propertyFixtures } from "../lib/flags.fixtures-kit";

const FS = "aws:efs/fileSystem:FileSystem";

export default propertyFixtures(FS, {}, "encrypted", [
  ["encrypted", "pass", true],
  { name: "encrypted with a CMK", expect: "pass", resource: { type: FS, props: { encrypted: true, kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" } } },
  { name: "encryption not set", expect: "violate", message: "encrypted is not set", resource: { type: FS, props: { creationToken: "data" } } },
  ["encryption off", "violate", false, "encrypted is false"],
  ["flag unknown during preview", "unknown", unknown()],
  { name: "mount target is not a file system", expect: "not-applicable", resource: { type: "aws:efs/mountTarget:MountTarget", props: {} } },
]);
