// The findings of `rampart check` on every example input, compared with a committed snapshot
// (src/__snapshots__/example-findings.json): a refactoring of the packs or the libraries must not
// change a single finding. After an intended change of findings, regenerate the snapshot with
// `RAMPART_WRITE_FINDINGS=1 npx vitest run src/example-findings.test.ts` and review its diff.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./cli";
import type { Io } from "./io";

const ROOT = path.resolve(__dirname, "../../..");
const SNAPSHOT = path.join(__dirname, "__snapshots__/example-findings.json");
/** Every example input: the stack exports, the preview and the two programs. */
const INPUTS = [
  ...fs
    .readdirSync(path.join(ROOT, "examples"))
    .filter((d) => fs.existsSync(path.join(ROOT, "examples", d, "stack.json")))
    .sort()
    .map((d) => `examples/${d}/stack.json`),
  "examples/webapp-preview/preview.json",
  "examples/ts-webapp",
  "examples/yaml-webapp",
];

/** The JSON report of `rampart check <input> --format json --fail-on never`, with paths relative to the repository. */
async function findings(input: string): Promise<unknown> {
  let out = "";
  let err = "";
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), exitCode: 0, stderrIsTTY: false };
  const code = await main(["check", path.join(ROOT, input), "--format", "json", "--fail-on", "never"], io);
  if (code !== 0) throw new Error(`rampart check ${input} exited ${code}: ${err}`);
  return JSON.parse(
    out
      .split(ROOT + path.sep)
      .join("")
      .split(ROOT)
      .join("."),
  );
}

describe("findings on the examples", () => {
  it("are those of the committed snapshot", { timeout: 600_000 }, async () => {
    const actual: Record<string, unknown> = {};
    for (const input of INPUTS) actual[input] = await findings(input);
    if (process.env.RAMPART_WRITE_FINDINGS === "1") fs.writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + "\n");
    const expected = JSON.parse(fs.readFileSync(SNAPSHOT, "utf8"));
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const input of INPUTS) expect(actual[input], input).toEqual(expected[input]);
  });
});
