/**
 * Size arithmetic for compute offerings, so a cap can be one configurable value:
 * - AWS (EC2 `m5.2xlarge`, RDS `db.r6g.4xlarge`, ElastiCache `cache.m6g.large`): the size suffix
 *   as a multiple of `xlarge` (nano 1/32 … large 1/2, xlarge 1, `Nxlarge` N; `metal` sizes are
 *   treated as the largest);
 * - Azure VM sizes (`Standard_D4s_v5`): the vCPU count is the number after the family letters;
 * - GCP machine types (`e2-standard-4`, `n2-custom-8-32768`) and Cloud SQL tiers
 *   (`db-custom-4-15360`, `db-n1-standard-2`, `db-perf-optimized-N-8`): the vCPU count.
 */

const AWS_SMALL: Record<string, number> = { nano: 1 / 32, micro: 1 / 16, small: 1 / 8, medium: 1 / 4, large: 1 / 2, xlarge: 1 };

/**
 * The size of an AWS instance type, node type or DB instance class as a multiple of `xlarge`, or
 * `undefined` when the value has no recognisable size suffix. Accepts a bare size (`2xlarge`).
 */
export function awsSizeUnits(typeOrSize: string): number | undefined {
  const size = typeOrSize.toLowerCase().split(".").pop() ?? "";
  if (size.startsWith("metal")) return Number.POSITIVE_INFINITY;
  if (size in AWS_SMALL) return AWS_SMALL[size];
  const m = /^(\d+)xlarge$/.exec(size);
  return m ? Number(m[1]) : undefined;
}

/** The family of an AWS type: `m5` for `m5.large`, `r6g` for `db.r6g.xlarge`, `m6g` for `cache.m6g.large`. */
export function awsFamily(type: string): string {
  const parts = type.toLowerCase().split(".");
  if (parts.length >= 3 && (parts[0] === "db" || parts[0] === "cache")) return parts[1];
  return parts[0];
}

/**
 * The vCPU count of an Azure VM size (`Standard_D4s_v5` → 4, `Standard_M64-16ms` → 64,
 * `Standard_B1ms` → 1), or `undefined` when the name does not follow Azure's size naming.
 */
export function azureVmVcpus(size: string): number | undefined {
  const m = /^(?:standard|basic)_[a-z]+?(\d+)/i.exec(size);
  return m ? Number(m[1]) : undefined;
}

/** Shared-core GCP machine types and their vCPU counts (fractions of a core, counted as listed). */
const GCP_SHARED: Record<string, number> = { "f1-micro": 1, "g1-small": 1, "e2-micro": 2, "e2-small": 2, "e2-medium": 2 };

/** The last path segment of a GCP machine type given as a URL or partial path. */
export function gcpMachineTypeName(machineType: string): string {
  return machineType.split("/").pop() ?? machineType;
}

/**
 * The vCPU count of a GCP machine type (`e2-standard-4` → 4, `n2-custom-8-32768` → 8,
 * `c3-standard-4-lssd` → 4, `e2-micro` → 2), or `undefined` when it cannot be read.
 */
export function gcpMachineVcpus(machineType: string): number | undefined {
  const name = gcpMachineTypeName(machineType).toLowerCase();
  if (name in GCP_SHARED) return GCP_SHARED[name];
  const custom = /custom-(\d+)-/.exec(name);
  if (custom) return Number(custom[1]);
  const m = /-(\d+)(?:-lssd|-metal)?$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/**
 * The vCPU count of a Cloud SQL tier (`db-custom-4-15360` → 4, `db-n1-standard-2` → 2,
 * `db-perf-optimized-N-8` → 8, `db-f1-micro`/`db-g1-small` → 1), or `undefined`.
 */
export function cloudSqlTierVcpus(tier: string): number | undefined {
  const t = tier.toLowerCase();
  if (t === "db-f1-micro" || t === "db-g1-small") return 1;
  const custom = /custom-(\d+)-/.exec(t);
  if (custom) return Number(custom[1]);
  const m = /-(\d+)$/.exec(t);
  return m ? Number(m[1]) : undefined;
}
