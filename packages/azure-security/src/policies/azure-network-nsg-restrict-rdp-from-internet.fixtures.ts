import { nsgExposureFixtures } from "../lib/nsg.fixtures-kit";

export default nsgExposureFixtures({
  protocol: "Tcp",
  what: "RDP (TCP 3389)",
  ports: { main: "3389", range: "3380-3400", listed: "3389-3390", anyProtocol: "3389-3390" },
  passes: (inline) => [
    { name: "range that ends below 3389", expect: "pass", resource: inline({ sourceAddressPrefix: "*", destinationPortRange: "3300-3388" }) },
  ],
});
