/**
 * `rampart check <input> [--pack <name|dir> ...] [--config <file>] [--fail-on <level>]`
 */
import type { Command } from "commander";
import * as fs from "node:fs";
import type { PolicyPackConfigFile } from "@rampart/policy-testing";
import { runCheck } from "../check";
import { EXIT, InputError } from "../errors";
import { loadInput } from "../inputs";
import { resolvePacks } from "../packs";
import { countByLevel, renderText } from "../report/text";
import type { Io } from "../io";

/** When `check` exits 1: `mandatory` (default), `advisory` (any violation), `never`. */
export type FailOn = "mandatory" | "advisory" | "never";

function readConfig(file: string | undefined): PolicyPackConfigFile {
  if (!file) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read policy config ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(`policy config ${file} is not JSON: ${(e as Error).message}`);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new InputError(`policy config ${file} must be a JSON object keyed by policy name`);
  return doc as PolicyPackConfigFile;
}

/** Registers the command. */
export function registerCheck(program: Command, io: Io): void {
  program
    .command("check")
    .description("Check a stack export against rampart policy packs, as `pulumi policy analyze --file` would.")
    .argument("<input>", "stack export file (`pulumi stack export --file stack.json`)")
    .option("-p, --pack <name|dir...>", "pack name (aws-security, cost-optimization, data-location) or pack folder; default: every installed pack")
    .option("-c, --config <file>", "policy config JSON, as for `pulumi preview --policy-pack-config`")
    .option("--fail-on <level>", "exit 1 on violations at this level: mandatory, advisory, never", "mandatory")
    .action(async (input: string, opts: { pack?: string[]; config?: string; failOn: string }) => {
      if (!["mandatory", "advisory", "never"].includes(opts.failOn)) {
        throw new InputError(`--fail-on must be mandatory, advisory or never (got '${opts.failOn}')`);
      }
      const packs = resolvePacks(opts.pack);
      const config = readConfig(opts.config);
      const loaded = await loadInput(input);
      const result = await runCheck(loaded, packs, config);
      io.stdout(renderText(result));
      const c = countByLevel(result.violations);
      const fail = opts.failOn === "mandatory" ? c.mandatory > 0 : opts.failOn === "advisory" ? c.mandatory + c.advisory > 0 : false;
      io.exitCode = fail ? EXIT.violations : EXIT.ok;
    });
}
