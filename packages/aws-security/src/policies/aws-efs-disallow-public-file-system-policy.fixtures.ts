import { fixtures, unknown } from "@rampart/policy-testing";

const FP = "aws:efs/fileSystemPolicy:FileSystemPolicy";
const doc = (statement: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: statement });
const MOUNT = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"];

export default fixtures([
  {
    name: "role may mount",
    expect: "pass",
    resource: {
      type: FP,
      props: { fileSystemId: "fs-1", policy: doc([{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/app" }, Action: MOUNT }]) },
    },
  },
  {
    name: "deny insecure transport for everyone",
    expect: "pass",
    resource: {
      type: FP,
      props: {
        fileSystemId: "fs-1",
        policy: doc([{ Effect: "Deny", Principal: { AWS: "*" }, Action: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }]),
      },
    },
  },
  {
    name: "anyone may mount and write",
    expect: "violate",
    message: "policy Statement[0] allows any principal",
    resource: { type: FP, props: { fileSystemId: "fs-1", policy: doc([{ Effect: "Allow", Principal: { AWS: "*" }, Action: MOUNT }]) } },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: FP, props: { fileSystemId: "fs-1", policy: unknown() } } },
  { name: "file system is not a policy", expect: "not-applicable", resource: { type: "aws:efs/fileSystem:FileSystem", props: {} } },
]);
