import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ec2/amiLaunchPermission:AmiLaunchPermission";
/** A launch permission on ami-1 with `props` (accountId, organizationArn, group). */
const permission = (props: Record<string, unknown>) => ({ type: T, props: { imageId: "ami-1", ...props } });

export default fixtures([
  { name: "shared with one account", expect: "pass", resource: permission({ accountId: "444455556666" }) },
  { name: "shared with the organization", expect: "pass", resource: permission({ organizationArn: "arn:aws:organizations::111122223333:organization/o-abc" }) },
  { name: "public AMI", expect: "violate", message: 'group is "all"', resource: permission({ group: "all" }) },
  { name: "group unknown during preview", expect: "unknown", resource: permission({ group: unknown() }) },
  { name: "an AMI itself is not a permission", expect: "not-applicable", resource: { type: "aws:ec2/ami:Ami", props: {} } },
]);
