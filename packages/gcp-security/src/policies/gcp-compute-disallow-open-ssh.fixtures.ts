import { fixtures } from "@rampart/policy-testing";
import { openPortCases } from "../lib/firewall.fixtures-kit";

export default fixtures(openPortCases({ service: "ssh", port: 22, range: "12-32" }));
