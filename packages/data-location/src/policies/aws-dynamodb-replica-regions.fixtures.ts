import { fixtures, unknown } from "@rampart/policy-testing";

const TABLE = "aws:dynamodb/table:Table";
const EU = { allowedJurisdictions: ["EU"] };

export default fixtures([
  { name: "table without replicas", expect: "pass", config: EU, resource: { type: TABLE, props: { name: "t", hashKey: "id" } } },
  {
    name: "replicas in eu-central-1 and eu-north-1",
    expect: "pass",
    config: EU,
    resource: { type: TABLE, props: { name: "t", replicas: [{ regionName: "eu-central-1" }, { regionName: "eu-north-1" }] } },
  },
  {
    name: "replica in us-east-1",
    expect: "violate",
    config: EU,
    message: 'replicas[1].regionName "us-east-1" (US East (N. Virginia), US)',
    resource: { type: TABLE, props: { name: "t", replicas: [{ regionName: "eu-central-1" }, { regionName: "us-east-1" }] } },
  },
  {
    name: "legacy GlobalTable replica in ap-northeast-1",
    expect: "violate",
    config: EU,
    message: 'replicas[0].regionName "ap-northeast-1"',
    resource: { type: "aws:dynamodb/globalTable:GlobalTable", props: { name: "t", replicas: [{ regionName: "ap-northeast-1" }] } },
  },
  {
    name: "replica in us-east-1 allowed with US in the jurisdictions",
    expect: "pass",
    config: { allowedJurisdictions: ["EU", "US"] },
    resource: { type: TABLE, props: { name: "t", replicas: [{ regionName: "us-east-1" }] } },
  },
  {
    name: "not configured: left to aws-location-allowed-region",
    expect: "pass",
    resource: { type: TABLE, props: { name: "t", replicas: [{ regionName: "us-east-1" }] } },
  },
  {
    name: "replica region unknown during preview",
    expect: "unknown",
    config: EU,
    resource: { type: TABLE, props: { name: "t", replicas: [{ regionName: unknown() }] } },
  },
  { name: "replicas unknown during preview", expect: "unknown", config: EU, resource: { type: TABLE, props: { name: "t", replicas: unknown() } } },
]);
