/**
 * The four S3 Block Public Access settings and their reading, shared by the policies on
 * aws.s3.BucketPublicAccessBlock and aws.s3.AccountPublicAccessBlock (each setting defaults to
 * false when omitted: provider docs, S3 User Guide "Blocking public access to your Amazon S3 storage").
 */
import { msg, peek, requireKnown, type Report } from "@rampart/policy-core";

/** The four settings, in the order the messages list them. */
const SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/**
 * Whether a block's `props` turn on all four settings: "yes"; "no" with the settings that are
 * unset or not true (`off`); or "unknown" when none is off but some is unknown during preview.
 */
export function blockState(props: unknown): { state: "yes" | "no" | "unknown"; off: string[] } {
  const off: string[] = [];
  let unknown = false;
  for (const s of SETTINGS) {
    const v = peek<boolean>(props, s);
    if (v.state === "unknown") unknown = true;
    else if (v.state === "absent" || v.value !== true) off.push(s);
  }
  if (off.length) return { state: "no", off };
  return { state: unknown ? "unknown" : "yes", off };
}

/**
 * The `validateResource` of a policy that requires all four settings on one block resource:
 * reports `<settings> is/are unset or false<where>. Set all four settings to true.`, and asks for
 * known values when none is off but some is unknown.
 */
export function requireAllBlocked(where: string): (resource: { props: unknown }, report: Report) => void {
  return ({ props }, report) => {
    const { state, off } = blockState(props);
    if (state === "no") report(msg`${off.join(", ")} ${off.length > 1 ? "are" : "is"} unset or false` + `${where}. Set all four settings to true.`);
    else if (state === "unknown") requireKnown(props);
  };
}
