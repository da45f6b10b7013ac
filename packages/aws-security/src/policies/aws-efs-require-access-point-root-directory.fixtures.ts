import { fixtures, unknown } from "@rampart/policy-testing";

const AP = "aws:efs/accessPoint:AccessPoint";

export default fixtures([
  { name: "application directory", expect: "pass", resource: { type: AP, props: { fileSystemId: "fs-1", rootDirectory: { path: "/app" } } } },
  { name: "no root directory", expect: "violate", message: "rootDirectory.path is not set", resource: { type: AP, props: { fileSystemId: "fs-1" } } },
  {
    name: "file system root",
    expect: "violate",
    message: 'rootDirectory.path is "/"',
    resource: { type: AP, props: { fileSystemId: "fs-1", rootDirectory: { path: "/" } } },
  },
  { name: "path unknown during preview", expect: "unknown", resource: { type: AP, props: { fileSystemId: "fs-1", rootDirectory: { path: unknown() } } } },
  { name: "file system is not an access point", expect: "not-applicable", resource: { type: "aws:efs/fileSystem:FileSystem", props: {} } },
  {
    name: "rootDirectory.path of the wrong type does not throw",
    expect: "pass",
    resource: { type: AP, props: { fileSystemId: "fs-1", rootDirectory: { path: ["/"] } } },
  },
]);
