import { unknown } from "@rampart/policy-testing";
import { policyFixtures } from "../lib/public-statements.fixtures-kit";

const MOUNT = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"];

export default policyFixtures("aws:efs/fileSystemPolicy:FileSystemPolicy", { fileSystemId: "fs-1" }, [
  ["role may mount", "pass", [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/app" }, Action: MOUNT }]],
  [
    "deny insecure transport for everyone",
    "pass",
    [{ Effect: "Deny", Principal: { AWS: "*" }, Action: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }],
  ],
  ["anyone may mount and write", "violate", [{ Effect: "Allow", Principal: { AWS: "*" }, Action: MOUNT }], "policy Statement[0] allows any principal"],
  ["policy unknown during preview", "unknown", unknown()],
  { name: "file system is not a policy", expect: "not-applicable", resource: { type: "aws:efs/fileSystem:FileSystem", props: {} } },
]);
