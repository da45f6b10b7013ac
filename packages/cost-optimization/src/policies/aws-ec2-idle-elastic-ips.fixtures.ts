import { fixtures, unknown } from "@rampart/policy-testing";

const EIP = "aws:ec2/eip:Eip";

export default fixtures([
  { name: "EIP on an instance", expect: "pass", resources: [{ type: EIP, name: "ip", props: { domain: "vpc", instance: "i-123" } }] },
  {
    name: "EIP used by a NAT gateway (property dependency)",
    expect: "pass",
    resources: [
      { type: EIP, name: "ip", props: { domain: "vpc" } },
      {
        type: "aws:ec2/natGateway:NatGateway",
        name: "nat",
        props: { allocationId: unknown(), subnetId: "subnet-1" },
        propertyDependencies: { allocationId: ["ip"] },
      },
    ],
  },
  {
    name: "EIP associated by known allocation id",
    expect: "pass",
    resources: [
      { type: EIP, name: "ip", props: { domain: "vpc", allocationId: "eipalloc-1", id: "eipalloc-1" } },
      { type: "aws:ec2/eipAssociation:EipAssociation", name: "assoc", props: { allocationId: "eipalloc-1", instanceId: "i-1" } },
    ],
  },
  {
    name: "idle EIP",
    expect: "violate",
    target: "ip",
    message: 'Elastic IP "ip" is not attached to anything',
    resources: [{ type: EIP, name: "ip", props: { domain: "vpc", allocationId: "eipalloc-1" } }],
  },
  {
    name: "EIP in a load balancer's subnetMappings",
    expect: "pass",
    resources: [
      { type: EIP, name: "ip", props: { domain: "vpc", allocationId: "eipalloc-1", id: "eipalloc-1" } },
      {
        type: "aws:lb/loadBalancer:LoadBalancer",
        name: "nlb",
        props: { loadBalancerType: "network", subnetMappings: [{ subnetId: "subnet-1", allocationId: "eipalloc-1" }] },
      },
    ],
  },
  {
    // An unknown list of mappings may name this EIP: the preview advisory, not a violation.
    name: "load balancer with unknown subnetMappings",
    expect: "unknown",
    resources: [
      { type: EIP, name: "ip", props: { domain: "vpc", allocationId: "eipalloc-1", id: "eipalloc-1" } },
      { type: "aws:lb/loadBalancer:LoadBalancer", name: "nlb", props: { loadBalancerType: "network", subnetMappings: unknown() } },
    ],
  },
  {
    name: "association with an unknown allocation id",
    expect: "unknown",
    resources: [
      { type: EIP, name: "ip", props: { domain: "vpc", allocationId: "eipalloc-1" } },
      { type: "aws:ec2/eipAssociation:EipAssociation", name: "assoc", props: { allocationId: unknown(), instanceId: "i-1" } },
    ],
  },
]);
