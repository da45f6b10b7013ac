import { nsgExposureFixtures } from "../lib/nsg.fixtures-kit";

export default nsgExposureFixtures({
  protocol: "Tcp",
  what: "traffic on every port",
  ports: { main: "*", range: "*", listed: "0-65535", anyProtocol: "0-65535" },
  passes: (inline) => [
    { name: "single port from the internet is not every port", expect: "pass", resource: inline({ sourceAddressPrefix: "*", destinationPortRange: "443" }) },
    {
      name: "ICMP from the internet is not TCP/UDP",
      expect: "pass",
      resource: inline({ protocol: "Icmp", sourceAddressPrefix: "*", destinationPortRange: "*" }),
    },
  ],
});
