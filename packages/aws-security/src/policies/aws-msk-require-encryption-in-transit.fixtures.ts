import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:msk/cluster:Cluster";
const base = {
  kafkaVersion: "3.6.0",
  numberOfBrokerNodes: 3,
  brokerNodeGroupInfo: { instanceType: "kafka.m5.large", clientSubnets: ["s-1", "s-2", "s-3"], securityGroups: ["sg-1"] },
};

export default fixtures([
  { name: "defaults (TLS everywhere)", expect: "pass", resource: { type: C, props: { ...base } } },
  {
    name: "explicit TLS",
    expect: "pass",
    resource: { type: C, props: { ...base, encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } } } },
  },
  {
    name: "plaintext clients allowed",
    expect: "violate",
    message: 'clientBroker is "TLS_PLAINTEXT"',
    resource: { type: C, props: { ...base, encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT" } } } },
  },
  {
    name: "plaintext between brokers",
    expect: "violate",
    message: "inCluster is false",
    resource: { type: C, props: { ...base, encryptionInfo: { encryptionInTransit: { inCluster: false } } } },
  },
  {
    name: "client setting unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { ...base, encryptionInfo: { encryptionInTransit: { clientBroker: unknown() } } } },
  },
  { name: "serverless cluster always uses TLS", expect: "not-applicable", resource: { type: "aws:msk/serverlessCluster:ServerlessCluster", props: {} } },
]);
