/**
 * `rampart describe <policy> [--pack <name|dir...>] [--json]`: a policy's metadata, config schema
 * with defaults, remediation steps and an example violation.
 */
import type { Command } from "commander";
import type { Io } from "../io";
import { exampleFor, findPolicy, loadPacks, type ExampleViolation, type PackMetadata, type PolicyInfo } from "../metadata";

const indent = (text: string, by = "  ") =>
  text
    .split("\n")
    .map((l) => (l ? by + l : l))
    .join("\n");

/** Renders `describe`'s text output. */
export function renderDescribe(pack: PackMetadata, p: PolicyInfo, example: ExampleViolation | undefined): string {
  const rows: [string, string][] = [
    ["Pack", `${pack.name} ${pack.version} (${pack.packageName})`],
    ["Cloud / service", `${p.cloud} / ${p.service}`],
    ["Severity", p.severity],
    ["Enforcement", `${p.enforcementLevel} (default; change it in the policy config)`],
    ["Kind", p.kind === "stack" ? "stack policy (looks at the whole stack)" : "resource policy"],
    [
      "Resources",
      p.resourceTypes.length > 12
        ? `${p.resourceTypes.slice(0, 12).join(", ")} and ${p.resourceTypes.length - 12} more (see --json)`
        : p.resourceTypes.join(", "),
    ],
    ["Controls", p.controls.map((c) => `${c.framework} ${c.version} ${c.id}`).join(", ") || "-"],
    ["Documentation", p.url],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  let out = `${p.name}\n${p.description}\n\n${rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join("\n")}\n\n`;
  const config = Object.entries(p.config);
  out += "Configuration:\n";
  if (!config.length) out += "  none\n";
  for (const [k, s] of config) {
    out += `  ${k} (${s.type}, default ${JSON.stringify(s.default)})\n    ${s.description}\n`;
  }
  out += `\n  In a --policy-pack-config file:\n${indent(JSON.stringify({ [p.name]: { enforcementLevel: p.enforcementLevel, ...p.defaults } }, null, 2), "    ")}\n`;
  out += `\nRemediation:\n${indent(p.remediationSteps)}\n`;
  out += example
    ? `\nExample violation (fixture "${example.fixture}", ${example.resourceType}):\n${indent(example.message)}\n`
    : "\nExample violation: not available (the pack ships no fixtures or docs/examples.json).\n";
  return out;
}

/** Registers the command. */
export function registerDescribe(program: Command, io: Io): void {
  program
    .command("describe")
    .description("Show a policy in full: metadata, config schema with defaults, remediation and an example violation.")
    .argument("<policy>", "policy name, e.g. aws-s3-disallow-public-acl")
    .option("-p, --pack <name|dir...>", "pack name or pack folder to look in; default: every installed pack")
    .option("--json", "print JSON (the policy's metadata plus `example`)")
    .action(async (name: string, opts: { pack?: string[]; json?: boolean }) => {
      const packs = loadPacks(opts.pack, (m) => io.stderr(`rampart: ${m}\n`));
      const { pack, index } = findPolicy(packs, name);
      const info = pack.policies[index];
      const { example } = await exampleFor(pack, index);
      if (opts.json) io.stdout(JSON.stringify({ ...info, packVersion: pack.version, example: example ?? null }, null, 2) + "\n");
      else io.stdout(renderDescribe(pack, info, example));
    });
}
