import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:msk/cluster:Cluster";
const group = (publicAccess?: unknown) => ({
  instanceType: "kafka.m5.large",
  clientSubnets: ["s-1", "s-2", "s-3"],
  securityGroups: ["sg-1"],
  ...(publicAccess === undefined ? {} : { connectivityInfo: { publicAccess: { type: publicAccess } } }),
});

export default fixtures([
  { name: "default (private)", expect: "pass", resource: { type: C, props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: group() } } },
  {
    name: "explicitly disabled",
    expect: "pass",
    resource: { type: C, props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: group("DISABLED") } },
  },
  {
    name: "public brokers",
    expect: "violate",
    message: 'publicAccess.type is "SERVICE_PROVIDED_EIPS"',
    resource: { type: C, props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: group("SERVICE_PROVIDED_EIPS") } },
  },
  {
    name: "access type unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: group(unknown()) } },
  },
  { name: "configuration is not a cluster", expect: "not-applicable", resource: { type: "aws:msk/configuration:Configuration", props: {} } },
]);
