import { fixtures } from "@rampart/policy-testing";
import { openPortCases } from "../lib/firewall.fixtures-kit";

export default fixtures(openPortCases({ service: "rdp", port: 3389, range: "3379-3399" }));
