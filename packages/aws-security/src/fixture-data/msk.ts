/**
 * Test data shared by the MSK policies' fixtures: a provisioned cluster with three brokers and no
 * authentication or encryption settings, which each fixture varies in the settings its policy checks.
 */
export const C = "aws:msk/cluster:Cluster";
export const base = {
  kafkaVersion: "3.6.0",
  numberOfBrokerNodes: 3,
  brokerNodeGroupInfo: { instanceType: "kafka.m5.large", clientSubnets: ["s-1", "s-2", "s-3"], securityGroups: ["sg-1"] },
};
