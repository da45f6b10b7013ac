import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:cloudtrail/trail:Trail";

export default fixtures([
  {
    name: "multi-Region trail with a log group",
    expect: "pass",
    resource: {
      type: T,
      props: {
        s3BucketName: "logs",
        isMultiRegionTrail: true,
        cloudWatchLogsGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*",
        cloudWatchLogsRoleArn: "arn:aws:iam::111122223333:role/trail",
      },
    },
  },
  {
    name: "log group unknown during preview",
    expect: "pass",
    resource: { type: T, props: { s3BucketName: "logs", isMultiRegionTrail: true, cloudWatchLogsGroupArn: unknown() } },
  },
  { name: "single-Region data-event trail", expect: "pass", resource: { type: T, props: { s3BucketName: "logs" } } },
  {
    name: "multi-Region trail without a log group",
    expect: "violate",
    message: "cloudWatchLogsGroupArn is not set",
    resource: { type: T, props: { s3BucketName: "logs", isMultiRegionTrail: true } },
  },
  {
    name: "organization trail without a log group",
    expect: "violate",
    message: "Set cloudWatchLogsGroupArn and cloudWatchLogsRoleArn",
    resource: { type: T, props: { s3BucketName: "logs", isOrganizationTrail: true } },
  },
  { name: "multi-Region flag unknown", expect: "unknown", resource: { type: T, props: { s3BucketName: "logs", isMultiRegionTrail: unknown() } } },
]);
