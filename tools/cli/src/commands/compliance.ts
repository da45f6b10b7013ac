/**
 * `rampart compliance <input> --framework <id> [--pack ...] [--config <file>] [--stack <name>]
 *   [--format text|json|markdown|sarif] [--output <file>] [--exemptions <file>] [--allow-empty]`
 * `rampart compliance --list`
 *
 * Runs `rampart check` on the input (the same run: `performCheck`, so config, exemptions and inputs
 * behave the same) and reports every control of one framework (src/compliance.ts). Exit codes: 0 no
 * control fails, 1 a control fails, 2 usage or input error (one line on stderr).
 */
import type { Command } from "commander";
import { assessCompliance, findFramework, frameworksOf } from "../compliance";
import { EXIT, InputError } from "../errors";
import type { Io } from "../io";
import { loadPacks } from "../metadata";
import { renderComplianceJson, renderComplianceMarkdown, renderComplianceSarif, renderComplianceText } from "../report/compliance";
import { writeFileAtomic } from "../report/write";
import { table } from "./list";
import { performCheck, type CheckOptions } from "./check";

const FORMATS = ["text", "json", "markdown", "sarif"] as const;

interface ComplianceOptions extends Omit<CheckOptions, "failOn"> {
  framework?: string;
  list?: boolean;
}

/** Registers the command. */
export function registerCompliance(program: Command, io: Io): void {
  program
    .command("compliance")
    .description(
      "Report every control of a compliance framework (pass, fail, exempted, not evaluated, not checkable from code) for a stack, preview or program.",
    )
    .argument("[input]", "stack export, `pulumi preview --json` output, or a Pulumi program folder (as for `rampart check`)")
    .option("--framework <id>", "framework id, e.g. cis-aws-5.0.0, cis-aws-3.0.0, aws-fsbp ('--list' shows them)")
    .option("--list", "list the frameworks the installed packs ship")
    .option("-p, --pack <name|dir...>", "pack name or folder; default: every installed pack")
    .option("-c, --config <file>", "policy config JSON, as for `pulumi preview --policy-pack-config`")
    .option("-s, --stack <name>", "stack of a program (its Pulumi.<stack>.yaml config)")
    .option("-f, --format <format>", "report format: text, json, markdown, sarif", "text")
    .option("-o, --output <file>", "write the report to a file (atomically) instead of stdout")
    .option("--exemptions <file>", "exemptions file (default: rampart.yaml in the input's folder, else in the current folder)")
    .option("--allow-empty", "accept an input with no custom resources")
    .action(async (input: string | undefined, opts: ComplianceOptions) => {
      const packs = loadPacks(opts.pack, (m) => io.stderr(`rampart: ${m}\n`));
      if (opts.list) {
        const fs = frameworksOf(packs);
        if (!fs.length) return io.stdout("No installed pack ships a framework list.\n");
        io.stdout(
          table(
            ["FRAMEWORK", "CONTROLS", "TITLE"],
            fs.map((f) => [f.id, String(f.controls.length), f.title]),
          ),
        );
        io.stdout(`\n'rampart compliance <input> --framework <id>' reports every control of one.\n`);
        return;
      }
      if (!input) throw new InputError("compliance needs an input (a stack export, preview or program) and --framework <id>, or --list");
      if (!opts.framework)
        throw new InputError(
          `--framework is required (known: ${frameworksOf(packs)
            .map((f) => f.id)
            .join(", ")})`,
        );
      const catalog = findFramework(packs, opts.framework);
      // Every finding counts here (a baseline hides known findings from a gate, not from an audit).
      const run = await performCheck(input, { ...opts, failOn: "never", baseline: undefined, writeBaseline: undefined }, io, FORMATS);
      const report = assessCompliance(catalog, packs, run.report, run.resourceTypes);
      const text =
        opts.format === "json"
          ? renderComplianceJson(report)
          : opts.format === "markdown"
            ? renderComplianceMarkdown(report)
            : opts.format === "sarif"
              ? renderComplianceSarif(report)
              : renderComplianceText(report);
      if (opts.output) writeFileAtomic(opts.output, text);
      else io.stdout(text);
      io.exitCode = report.summary.fail ? EXIT.violations : EXIT.ok;
    });
}
