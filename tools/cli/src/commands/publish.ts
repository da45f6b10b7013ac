/**
 * `rampart publish --org <org> [--pack <name> ...] [--dry-run] [--no-build] [--enable <group>] [--root <dir>] [--timeout <seconds>]`
 *
 * Publishes every policy pack of the workspace to a Pulumi organization with the Pulumi CLI
 * (`pulumi` on PATH, logged in or PULUMI_ACCESS_TOKEN set). Versions already in the organization
 * are skipped, so a re-run publishes only what is missing. Exit code: 0 when nothing failed, 1 when
 * any pack failed (or the organization could not be listed), 2 for bad usage.
 */
import type { Command } from "commander";
import { EXIT, InputError } from "../errors";
import type { Io } from "../io";
import { exitCodeOf, renderSummary, runPublish } from "../publish";

/** Registers the command. */
export function registerPublish(program: Command, io: Io): void {
  program
    .command("publish")
    .description("Publish the workspace's policy packs to a Pulumi organization (pulumi policy publish), skipping versions already there.")
    .requiredOption("--org <org>", "Pulumi organization to publish to")
    .option("-p, --pack <name...>", "only these packs (pack name, e.g. aws-security, or @rampart/aws-security); default: every pack")
    .option("--dry-run", "list what would be published; runs only `pulumi policy ls`")
    .option("--no-build", "do not run `npm run build` in each pack before publishing it")
    .option("--enable <policy-group>", "enable each pack's current version in this policy group (pulumi policy enable)")
    .option("--root <dir>", "workspace root (default: the nearest folder upwards with a package.json `workspaces`)")
    .option("--timeout <seconds>", "stop any one `pulumi` or `npm run build` call that runs longer than this", "600")
    .action(async (opts: { org: string; pack?: string[]; dryRun?: boolean; build: boolean; enable?: string; root?: string; timeout: string }) => {
      const timeout = Number(opts.timeout);
      if (!/^\d+(\.\d+)?$/.test(opts.timeout.trim()) || !(timeout > 0) || timeout > 86_400)
        throw new InputError(`--timeout must be a number of seconds between 0 and 86400 (got '${opts.timeout}')`);
      if (!opts.org.trim() || opts.org.includes("/")) throw new InputError(`--org must be an organization name without '/' (got '${opts.org}')`);
      if (opts.enable !== undefined && !opts.enable.trim()) throw new InputError("--enable needs a policy group name");
      const summary = await runPublish(
        {
          org: opts.org,
          packs: opts.pack,
          dryRun: opts.dryRun,
          build: opts.build,
          enable: opts.enable,
          root: opts.root,
          timeoutMs: Math.round(timeout * 1000),
        },
        io,
      );
      if (summary.fatal) io.stderr(renderSummary(summary));
      else io.stdout(renderSummary(summary));
      io.exitCode = exitCodeOf(summary) === 0 ? EXIT.ok : 1;
    });
}
