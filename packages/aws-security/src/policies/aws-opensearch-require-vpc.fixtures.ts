import { fixtures, unknown } from "@rampart/policy-testing";

const OS = "aws:opensearch/domain:Domain";

export default fixtures([
  { name: "domain in a VPC", expect: "pass", resource: { type: OS, props: { vpcOptions: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] } } } },
  { name: "legacy domain in a VPC", expect: "pass", resource: { type: "aws:elasticsearch/domain:Domain", props: { vpcOptions: { subnetIds: ["subnet-1"] } } } },
  { name: "public domain", expect: "violate", message: "vpcOptions.subnetIds is not set", resource: { type: OS, props: { engineVersion: "OpenSearch_2.13" } } },
  { name: "empty subnet list", expect: "violate", message: "domain has a public endpoint", resource: { type: OS, props: { vpcOptions: { subnetIds: [] } } } },
  { name: "subnets unknown during preview", expect: "unknown", resource: { type: OS, props: { vpcOptions: { subnetIds: unknown() } } } },
  {
    name: "serverless collection is not a domain",
    expect: "not-applicable",
    resource: { type: "aws:opensearch/serverlessCollection:ServerlessCollection", props: {} },
  },
]);
