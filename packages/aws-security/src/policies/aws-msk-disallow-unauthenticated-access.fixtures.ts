import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:msk/cluster:Cluster";
const base = {
  kafkaVersion: "3.6.0",
  numberOfBrokerNodes: 3,
  brokerNodeGroupInfo: { instanceType: "kafka.m5.large", clientSubnets: ["s-1", "s-2", "s-3"], securityGroups: ["sg-1"] },
};

export default fixtures([
  { name: "IAM authentication", expect: "pass", resource: { type: C, props: { ...base, clientAuthentication: { sasl: { iam: true } } } } },
  {
    name: "mutual TLS, unauthenticated off",
    expect: "pass",
    resource: {
      type: C,
      props: {
        ...base,
        clientAuthentication: {
          tls: { certificateAuthorityArns: ["arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/ca"] },
          unauthenticated: false,
        },
      },
    },
  },
  { name: "no authentication configured", expect: "violate", message: "clientAuthentication is not set", resource: { type: C, props: { ...base } } },
  {
    name: "unauthenticated kept on",
    expect: "violate",
    message: "clientAuthentication.unauthenticated is true",
    resource: { type: C, props: { ...base, clientAuthentication: { sasl: { scram: true }, unauthenticated: true } } },
  },
  {
    name: "unauthenticated flag unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { ...base, clientAuthentication: { sasl: { iam: true }, unauthenticated: unknown() } } },
  },
  {
    name: "serverless cluster (IAM only) is not checked",
    expect: "not-applicable",
    resource: { type: "aws:msk/serverlessCluster:ServerlessCluster", props: {} },
  },
]);
