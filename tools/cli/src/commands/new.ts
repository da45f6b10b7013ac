/**
 * `rampart new policy <pack> <name> [--type <token>] [--kind resource|stack]`:
 * runs the `policy` generator of rampart's local nx plugin (tools/nx-plugin; also
 * `nx g ./tools/nx-plugin/generators.json:policy <pack> <name>`) on the workspace, with nx's own
 * file tree, and prints the files it wrote.
 */
import type { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../errors";
import type { Io } from "../io";

/** The rampart workspace containing `from`: the nearest folder with nx.json and tools/nx-plugin. */
export function findWorkspace(from: string): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, "nx.json")) && fs.existsSync(path.join(dir, "tools", "nx-plugin", "generators.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new InputError("'rampart new' runs inside the rampart repository (no nx.json with tools/nx-plugin above this folder)");
    dir = up;
  }
}

/** Options of the `policy` generator (tools/nx-plugin/src/policy/schema.json). */
export interface PolicyGeneratorOptions {
  pack: string;
  name: string;
  /** Type token written into the policy's `resourceTypes` and its fixtures. */
  type?: string;
  kind?: "resource" | "stack";
}

/** A file the generator changed. */
export interface GeneratedChange {
  path: string;
  type: "CREATE" | "UPDATE" | "DELETE";
}

/**
 * Runs the generator on `root` and writes its changes.
 * @param generatorRoot where tools/nx-plugin is (default `root`); tests run it on a temporary workspace.
 * @throws InputError with the generator's message (unknown pack, bad or taken name, ...).
 */
export async function runPolicyGenerator(root: string, options: PolicyGeneratorOptions, generatorRoot = root): Promise<GeneratedChange[]> {
  let nxTree: { FsTree: new (root: string, verbose: boolean) => any; flushChanges: (root: string, changes: unknown[]) => void };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    nxTree = require(require.resolve("nx/src/generators/tree", { paths: [generatorRoot, root, __dirname] }));
  } catch {
    throw new InputError("nx is not installed in this workspace (needed for 'rampart new'); run npm install at the repository root");
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generator = require(path.join(generatorRoot, "tools", "nx-plugin", "src", "policy", "generator.js")) as (
    tree: unknown,
    o: PolicyGeneratorOptions,
  ) => Promise<unknown>;
  const tree = new nxTree.FsTree(root, false);
  try {
    await generator(tree, options);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const changes = tree.listChanges() as { path: string; type: GeneratedChange["type"] }[];
  nxTree.flushChanges(root, changes);
  return changes.map((c) => ({ path: c.path, type: c.type }));
}

/** Registers the command. */
export function registerNew(program: Command, io: Io): void {
  const cmd = program.command("new").description("Scaffold new things in the rampart repository.");
  cmd
    .command("policy")
    .description("Scaffold a policy (failing-first stub) and its fixtures, regenerate the pack's policy registry, write a changeset.")
    .argument("<pack>", "pack folder under packages/, e.g. aws-security")
    .argument("<name>", "policy name <cloud>-<service>-<rule>, e.g. aws-s3-require-versioning")
    .option("-t, --type <token>", "type token the policy applies to, e.g. aws:s3/bucket:Bucket")
    .option("--kind <kind>", "resource or stack", "resource")
    .action(async (pack: string, name: string, opts: { type?: string; kind: string }) => {
      if (opts.kind !== "resource" && opts.kind !== "stack") throw new InputError(`--kind must be resource or stack (got '${opts.kind}')`);
      const root = findWorkspace(process.cwd());
      const changes = await runPolicyGenerator(root, { pack, name, type: opts.type, kind: opts.kind });
      for (const c of changes) io.stdout(`${c.type.padEnd(6)} ${c.path}\n`);
      io.stdout(
        `\nNext: cd packages/${pack} && npx vitest run src/policies.test.ts -t ${name}\n(fails until the TODOs are written: definePolicy rejects them; then the violate and unknown fixtures fail until the policy reports)\n`,
      );
    });
}
