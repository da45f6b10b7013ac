import { fixtures, unknown } from "@rampart/policy-testing";

const B = "aws:s3/bucket:Bucket";
const TAGS = { "cost-center": "cc-100", owner: "team-a" };

export default fixtures([
  { name: "bucket with both tags", expect: "pass", resource: { type: B, props: { tags: TAGS } } },
  {
    name: "instance with tags from the provider's defaultTags",
    expect: "pass",
    resource: {
      type: "aws:ec2/instance:Instance",
      props: { instanceType: "t3.micro", tags: { Name: "web" } },
      provider: { props: { defaultTags: { tags: TAGS } } },
    },
  },
  {
    name: "provider defaultTags as JSON text (provider inputs)",
    expect: "pass",
    resource: { type: B, props: {}, provider: { props: { defaultTags: JSON.stringify({ tags: TAGS }) } } },
  },
  {
    name: "bucket without tags",
    expect: "violate",
    message: 'tags lacks the required cost-allocation tags "cost-center", "owner"',
    resource: { type: B, props: {} },
  },
  {
    name: "one tag missing",
    expect: "violate",
    message: 'tag "owner"',
    resource: { type: "aws:rds/instance:Instance", props: { tags: { "cost-center": "cc-100" } } },
  },
  {
    name: "keys are case-sensitive on AWS",
    expect: "violate",
    message: '"owner"',
    resource: { type: B, props: { tags: { "cost-center": "cc-1", Owner: "a" } } },
  },
  {
    name: "value not allowed",
    expect: "violate",
    message: 'tags.cost-center has a value outside allowedValues["cost-center"]',
    config: { allowedValues: { "cost-center": ["cc-100", "cc-200"] } },
    resource: { type: B, props: { tags: { "cost-center": "cc-999", owner: "a" } } },
  },
  { name: "configured keys", expect: "pass", config: { requiredTags: ["team"] }, resource: { type: B, props: { tags: { team: "a" } } } },
  { name: "exempt type", expect: "pass", config: { exemptResourceTypes: [B] }, resource: { type: B, props: {} } },
  { name: "type that takes no tags", expect: "not-applicable", resource: { type: "aws:s3/bucketPolicy:BucketPolicy", props: { bucket: "b", policy: "{}" } } },
  { name: "tags unknown", expect: "unknown", resource: { type: B, props: { tags: unknown() } } },
  {
    name: "allowed-value tag unknown",
    expect: "unknown",
    config: { allowedValues: { owner: ["a"] } },
    resource: { type: B, props: { tags: { "cost-center": "cc-1", owner: unknown() } } },
  },
]);
