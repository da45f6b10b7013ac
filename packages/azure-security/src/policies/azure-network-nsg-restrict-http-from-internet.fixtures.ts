import { nsgExposureFixtures } from "../lib/nsg.fixtures-kit";

export default nsgExposureFixtures({
  protocol: "Tcp",
  what: "HTTP(S) (TCP 80 or 443)",
  ports: { main: "443", range: "80-443", listed: "80", anyProtocol: "80" },
  passes: (inline) => [{ name: "port 8080 is not HTTP(S)", expect: "pass", resource: inline({ sourceAddressPrefix: "*", destinationPortRange: "8080" }) }],
});
