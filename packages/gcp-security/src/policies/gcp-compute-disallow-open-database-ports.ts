import { msg, requireKnown, show } from "@rampart/policy-core";
import { FIREWALL, openIngress } from "../lib/firewall";
import { gcpPolicy } from "../policy";

/** Database and cache ports that should never be reachable from the internet. */
const DATABASE_PORTS: readonly [number, string][] = [
  [1433, "SQL Server"],
  [1521, "Oracle"],
  [3306, "MySQL"],
  [5432, "PostgreSQL"],
  [6379, "Redis"],
  [9042, "Cassandra"],
  [9200, "Elasticsearch"],
  [27017, "MongoDB"],
];

/** VPC firewall rules must not allow database ports from the internet. */
export default gcpPolicy({
  name: "gcp-compute-disallow-open-database-ports",
  description:
    "VPC firewall rules must not allow database ports (MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB, Cassandra, Elasticsearch) from the internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Restrict the rule's `sourceRanges` to the application subnets that connect to the database, or remove the rule; reach managed databases through private IP or the Cloud SQL Auth Proxy.",
  url: "https://cloud.google.com/firewall/docs/using-firewalls",
  resourceTypes: [FIREWALL],
  validateResource: ({ props }, report) => {
    const byEntry = new Map<string, { protocol: string; cidr: string; ports: string[] }>();
    let unknownAny = false;
    for (const [port, engine] of DATABASE_PORTS) {
      const { hits, unknown } = openIngress(props, { tcp: port });
      unknownAny ||= unknown;
      for (const h of hits) {
        const e = byEntry.get(h.path) ?? { protocol: h.protocol, cidr: h.cidr, ports: [] };
        e.ports.push(`${port} (${engine})`);
        byEntry.set(h.path, e);
      }
    }
    for (const [path, e] of byEntry) {
      report(
        msg`${path} allows protocol ${show(e.protocol)} from ${e.cidr} (sourceRanges) on TCP ${e.ports.join(", ")}. Restrict sourceRanges to the application subnets.`,
      );
    }
    if (!byEntry.size && unknownAny) requireKnown(props);
  },
});
