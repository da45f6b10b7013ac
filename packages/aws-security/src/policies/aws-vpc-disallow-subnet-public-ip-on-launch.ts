import { forbidValue } from "../lib/flags";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

const SUBNET = "aws:ec2/subnet:Subnet";
const DEFAULT_SUBNET = "aws:ec2/defaultSubnet:DefaultSubnet";

const noIpv6OnCreation = forbidValue({
  path: "assignIpv6AddressOnCreation",
  value: true,
  message:
    "assignIpv6AddressOnCreation is true, so instances get globally routable IPv6 addresses. Set it to false or filter inbound IPv6 with an egress-only internet gateway.",
});

/**
 * Subnets should not assign public IPv4 addresses on launch (`mapPublicIpOnLaunch`; false by
 * default for aws.ec2.Subnet, but true for adopted default subnets unless set to false). With
 * `checkIpv6`, `assignIpv6AddressOnCreation` is reported too (IPv6 addresses are globally routable).
 */
export default awsPolicy({
  name: "aws-vpc-disallow-subnet-public-ip-on-launch",
  description: "VPC subnets should not automatically assign public IP addresses to instances.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set mapPublicIpOnLaunch to false; give public addresses only to resources that need them (load balancers, NAT gateways, or an explicit associatePublicIpAddress on a reviewed instance).",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
  resourceTypes: [SUBNET, DEFAULT_SUBNET],
  config: {
    checkIpv6: {
      type: "boolean",
      description: "Also report assignIpv6AddressOnCreation true.",
      default: false,
    },
  },
  validateResource: ({ type, props, config }, report) => {
    const v = peekForVerdict(props, "mapPublicIpOnLaunch");
    if (v.state === "known" && v.value === true)
      report("mapPublicIpOnLaunch is true, so every instance launched in the subnet gets a public IPv4 address. Set it to false.");
    if (v.state === "absent" && type === DEFAULT_SUBNET)
      report("mapPublicIpOnLaunch is not set on this default subnet, which assigns public IPv4 addresses by default. Set it to false.");
    if (config.checkIpv6) noIpv6OnCreation({ props }, report);
  },
});
