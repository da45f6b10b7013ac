/**
 * `rampart list [--pack <name|dir...>] [--service <s>] [--severity <s>] [--framework <f>] [--json]`
 */
import type { Command } from "commander";
import { controlInFramework } from "@rampart/policy-core";
import { InputError } from "../errors";
import type { Io } from "../io";
import { loadPacks, type PolicyInfo } from "../metadata";

const SEVERITIES = ["low", "medium", "high", "critical"];

/** Filters for `list`; each value may be a comma-separated list (any of them matches). */
export interface ListFilters {
  service?: string;
  severity?: string;
  framework?: string;
}

const values = (v: string | undefined) =>
  (v ?? "")
    .split(",")
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);

/**
 * Keeps the policies matching every filter. `severity` takes exact levels or `<level>+` (that level
 * and above); `framework` matches a control's framework key (`aws-fsbp`, `cis-aws`), optionally
 * with a version (`cis-aws-5.0.0` or `cis-aws@3.0.0`; policy-core `controlInFramework`).
 * @throws InputError for an unknown severity.
 */
export function filterPolicies(list: readonly PolicyInfo[], f: ListFilters): PolicyInfo[] {
  const services = values(f.service);
  const frameworks = values(f.framework);
  const severities = new Set<string>();
  for (const s of values(f.severity)) {
    const min = s.endsWith("+");
    const level = min ? s.slice(0, -1) : s;
    const i = SEVERITIES.indexOf(level);
    if (i < 0) throw new InputError(`--severity must be one of ${SEVERITIES.join(", ")} (or <level>+ for that level and above), got '${s}'`);
    for (const x of min ? SEVERITIES.slice(i) : [level]) severities.add(x);
  }
  return list.filter(
    (p) =>
      (!services.length || services.includes(p.service.toLowerCase())) &&
      (!severities.size || severities.has(p.severity)) &&
      (!frameworks.length || p.controls.some((c) => frameworks.some((fw) => controlInFramework(c, fw)))),
  );
}

/** Renders rows as a plain, aligned text table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

/** A policy's controls as `framework id` pairs (`aws-fsbp S3.8, cis-aws 2.1.4`). */
export function controlsText(p: PolicyInfo): string {
  return p.controls.map((c) => `${c.framework} ${c.id}`).join(", ");
}

/** Registers the command. */
export function registerList(program: Command, io: Io): void {
  program
    .command("list")
    .description("List the policies of rampart packs, with filters.")
    .option("-p, --pack <name|dir...>", "pack name or pack folder; default: every installed pack")
    .option("--service <service>", "only these services (comma-separated), e.g. s3,ec2")
    .option("--severity <level>", "only these severities (comma-separated), or <level>+ for that level and above, e.g. high+")
    .option("--framework <framework>", "only policies mapped to this compliance framework, e.g. aws-fsbp, cis-aws, cis-aws-5.0.0, cis-aws@3.0.0")
    .option("--json", "print JSON (an array of policies with all metadata)")
    .action((opts: { pack?: string[]; json?: boolean } & ListFilters) => {
      const packs = loadPacks(opts.pack, (m) => io.stderr(`rampart: ${m}\n`));
      const list = filterPolicies(
        packs.flatMap((p) => p.policies),
        opts,
      );
      if (opts.json) {
        io.stdout(JSON.stringify(list, null, 2) + "\n");
        return;
      }
      if (!list.length) {
        io.stdout("No policy matches.\n");
        return;
      }
      io.stdout(
        table(
          ["POLICY", "PACK", "SEVERITY", "LEVEL", "CONTROLS"],
          list.map((p) => [p.name, p.pack, p.severity, p.enforcementLevel, controlsText(p)]),
        ),
      );
      io.stdout(`\n${list.length} ${list.length === 1 ? "policy" : "policies"}. 'rampart describe <policy>' shows one in full.\n`);
    });
}
