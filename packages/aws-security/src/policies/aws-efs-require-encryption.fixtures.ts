import { fixtures, unknown } from "@rampart/policy-testing";

const FS = "aws:efs/fileSystem:FileSystem";

export default fixtures([
  { name: "encrypted", expect: "pass", resource: { type: FS, props: { encrypted: true } } },
  { name: "encrypted with a CMK", expect: "pass", resource: { type: FS, props: { encrypted: true, kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" } } },
  { name: "encryption not set", expect: "violate", message: "encrypted is not set", resource: { type: FS, props: { creationToken: "data" } } },
  { name: "encryption off", expect: "violate", message: "encrypted is false", resource: { type: FS, props: { encrypted: false } } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: FS, props: { encrypted: unknown() } } },
  { name: "mount target is not a file system", expect: "not-applicable", resource: { type: "aws:efs/mountTarget:MountTarget", props: {} } },
]);
