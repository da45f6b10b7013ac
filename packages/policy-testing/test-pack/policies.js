// Policies for the harness's own tests: one resource policy with config, one stack policy.
const { definePolicy, peek, requireKnown } = require("@rampart/policy-core");

const meta = {
  cloud: "aws",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Use a smaller size for this test.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
};

exports.sizeCap = definePolicy({
  ...meta,
  name: "aws-ebs-test-size-cap",
  description: "Test volumes must stay under the size cap.",
  service: "ebs",
  resourceTypes: ["aws:ebs/volume:Volume"],
  config: { maxSize: { type: "integer", minimum: 1, description: "Largest size in GiB.", default: 100 } },
  validateResource: ({ props, config, stackTags }, report) => {
    const size = peek(props, "size");
    if (size.state === "unknown") requireKnown(props, "size");
    if (size.state === "known" && size.value > config.maxSize) {
      report(`size is ${size.value} GiB, above the cap of ${config.maxSize} GiB${stackTags.get("env") ? ` (env ${stackTags.get("env")})` : ""}. Lower size.`);
    }
    if (props.throwMe === true) throw new Error("policy bug");
  },
});

exports.oneVpc = definePolicy({
  ...meta,
  name: "aws-ec2-test-one-vpc",
  description: "A test stack has at most one VPC.",
  service: "ec2",
  resourceTypes: ["aws:ec2/vpc:Vpc"],
  validateStack: ({ index }, report) => {
    const vpcs = index.ofType("aws:ec2/vpc:Vpc");
    if (vpcs.length > 1) report(`The stack has ${vpcs.length} VPCs. Keep one.`, vpcs[1].urn);
  },
});
