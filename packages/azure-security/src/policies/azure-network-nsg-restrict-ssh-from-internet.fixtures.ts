import { nsgExposureFixtures } from "../lib/nsg.fixtures-kit";

export default nsgExposureFixtures({
  protocol: "Tcp",
  what: "SSH (TCP 22)",
  ports: { main: "22", range: "20-25", listed: "22", anyProtocol: "22" },
  passes: (inline) => [
    { name: "port 2222 is not SSH", expect: "pass", resource: inline({ sourceAddressPrefix: "*", destinationPortRange: "2222" }) },
    { name: "UDP 22 is not SSH", expect: "pass", resource: inline({ protocol: "Udp", sourceAddressPrefix: "*", destinationPortRange: "22" }) },
  ],
});
