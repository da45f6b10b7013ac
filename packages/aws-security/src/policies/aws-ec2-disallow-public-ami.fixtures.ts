import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ec2/amiLaunchPermission:AmiLaunchPermission";

export default fixtures([
  { name: "shared with one account", expect: "pass", resource: { type: T, props: { imageId: "ami-1", accountId: "444455556666" } } },
  {
    name: "shared with the organization",
    expect: "pass",
    resource: { type: T, props: { imageId: "ami-1", organizationArn: "arn:aws:organizations::111122223333:organization/o-abc" } },
  },
  { name: "public AMI", expect: "violate", message: 'group is "all"', resource: { type: T, props: { imageId: "ami-1", group: "all" } } },
  { name: "group unknown during preview", expect: "unknown", resource: { type: T, props: { imageId: "ami-1", group: unknown() } } },
  { name: "an AMI itself is not a permission", expect: "not-applicable", resource: { type: "aws:ec2/ami:Ami", props: {} } },
]);
