import { awsPolicy } from "../policy";
import { checkValue } from "../lib/flags";

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
  validateResource: checkValue("rootDirectory.path", (path) => {
    if (path.state === "absent")
      return "rootDirectory.path is not set, so clients of the access point see the whole file system. Set rootDirectory.path to an application directory.";
    if (typeof path.value === "string" && path.value.replace(/\/+$/, "") === "")
      return 'rootDirectory.path is "/", the file system root. Set it to an application directory.';
    return undefined;
  }),
});
