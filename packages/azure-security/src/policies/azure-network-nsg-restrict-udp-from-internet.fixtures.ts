import { nsgExposureFixtures } from "../lib/nsg.fixtures-kit";

export default nsgExposureFixtures({
  protocol: "Udp",
  what: "UDP traffic",
  ports: { main: "53", range: "161-162", listed: "123", anyProtocol: "123" },
  passes: (inline) => [
    { name: "TCP from the internet is not UDP", expect: "pass", resource: inline({ protocol: "Tcp", sourceAddressPrefix: "*", destinationPortRange: "443" }) },
  ],
});
