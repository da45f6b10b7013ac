import { peek } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * EFS access points should enforce a POSIX user identity (`posixUser` with `uid`/`gid`;
 * efs/accessPoint.d.ts) so every NFS request runs as that user, and that user should not be root
 * (uid 0).
 */
export default awsPolicy({
  name: "aws-efs-require-access-point-posix-user",
  description: "EFS access points should enforce a non-root POSIX user identity.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `posixUser: { uid: 1000, gid: 1000 }` (a non-root application user) on the access point.",
  url: "https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html",
  resourceTypes: ["aws:efs/accessPoint:AccessPoint"],
  validateResource: ({ props }, report) => {
    const user = peek(props, "posixUser");
    if (user.state === "absent") {
      report("posixUser is not set, so clients use their own user IDs on the file system. Set posixUser with a uid and gid.");
      return;
    }
    const uid = peekForVerdict<number>(props, "posixUser.uid");
    if (uid.state === "known" && Number(uid.value) === 0)
      report("posixUser.uid is 0, so every request through the access point runs as root. Use a non-root uid.");
  },
});
