import { awsEc2, msg } from "@rampart/policy-core";
import { reportOpenTcpPorts } from "../lib/open-ports";
import { awsPolicy } from "../policy";

/**
 * Default database and data-store ports: SQL Server 1433/1434, Oracle 1521/2483/2484, MySQL/MariaDB/Aurora
 * 3306, PostgreSQL 5432, CouchDB 5984, Redis 6379, Cassandra 7000/7001/9042, InfluxDB 8086,
 * Elasticsearch/OpenSearch 9200/9300, Memcached 11211, MongoDB 27017/27018, Db2 50000.
 */
export const DEFAULT_DATABASE_PORTS = [1433, 1434, 1521, 2483, 2484, 3306, 5432, 5984, 6379, 7000, 7001, 8086, 9042, 9200, 9300, 11211, 27017, 27018, 50000];

/** Security groups must not open database ports to 0.0.0.0/0 or ::/0. */
export default awsPolicy({
  name: "aws-ec2-disallow-open-database-ports",
  description: "Security groups must not allow database ports (3306, 5432, 1433, 27017, ...) from the internet over IPv4 or IPv6.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Allow database ports only from the application's security group (sourceSecurityGroupId / referencedSecurityGroupId) or private address ranges; reach databases from outside the VPC through a VPN, AWS PrivateLink or Session Manager port forwarding.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
  resourceTypes: awsEc2.INGRESS_RULE_TYPES,
  config: {
    databasePorts: {
      type: "array",
      items: { type: "integer" },
      description: "TCP ports treated as database ports.",
      default: DEFAULT_DATABASE_PORTS,
    },
  },
  validateResource: ({ type, props, config }, report) =>
    reportOpenTcpPorts(type, props, config.databasePorts, report, (ports) => {
      const shown = ports.length > 6 ? msg`${ports.slice(0, 6).join(", ")}, …` : ports.join(", ");
      return msg`database port${ports.length > 1 ? "s" : ""} ${shown}. Restrict the source to the application's security group or private ranges.`;
    }),
});
