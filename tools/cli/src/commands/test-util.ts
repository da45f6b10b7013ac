/** Shared helpers for the command tests: run the CLI in process and capture its output. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../cli";
import type { Io } from "../io";

/** The repository root. */
export const REPO = path.resolve(__dirname, "..", "..", "..", "..");

/** Runs `rampart <argv>` in process. */
export async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), exitCode: 0 };
  const code = await main(argv, io);
  return { code, out, err };
}

/** A temporary folder whose node_modules is the repository's (so packages resolve as in the repo). */
export function tempWorkspace(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** Whether a workspace pack is built (has its policy list bundle). */
export const isBuilt = (pack: string) => fs.existsSync(path.join(REPO, "packages", pack, "dist", "policies.js"));
