import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * EFS access points should confine clients to a directory: `rootDirectory.path` set to a path
 * other than "/" (efs/accessPoint.d.ts, types/input.d.ts `efs.AccessPointRootDirectory`).
 */
export default awsPolicy({
  name: "aws-efs-require-access-point-root-directory",
  description: "EFS access points should enforce a root directory other than the file system root.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `rootDirectory: { path: "/app", creationInfo: { ownerUid, ownerGid, permissions: "750" } }` on the access point.',
  url: "https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html",
  resourceTypes: ["aws:efs/accessPoint:AccessPoint"],
  validateResource: ({ props }, report) => {
    const path = peekForVerdict<unknown>(props, "rootDirectory.path");
    if (path.state === "absent")
      report("rootDirectory.path is not set, so clients of the access point see the whole file system. Set rootDirectory.path to an application directory.");
    else if (path.state === "known" && typeof path.value === "string" && path.value.replace(/\/+$/, "") === "")
      report('rootDirectory.path is "/", the file system root. Set it to an application directory.');
  },
});
