/**
 * The rampart command line, built with commander (a well-kept CLI framework: subcommands, help,
 * option parsing and errors we turn into one line with exit code 2).
 */
import { Command, CommanderError } from "commander";
import { registerCheck } from "./commands/check";
import { registerCompliance } from "./commands/compliance";
import { registerPublish } from "./commands/publish";
// cli-commands: list, describe, install, new, docs
import { registerList } from "./commands/list";
import { registerDescribe } from "./commands/describe";
import { registerDocs } from "./commands/docs";
import { registerInstall } from "./commands/install";
import { registerNew } from "./commands/new";
import { registerConfig } from "./commands/config";
import { EXIT } from "./errors";
import { Io, processIo } from "./io";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require("../package.json").version;

/** Builds the program; each command registers itself. */
export function buildProgram(io: Io): Command {
  const program = new Command("rampart")
    .description("Pre-built Pulumi CrossGuard policy packs: check stacks, install and publish packs.")
    .version(VERSION)
    .exitOverride()
    // commander's own usage errors ("error: unknown option ...") get rampart's one-line prefix.
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s.replace(/^error: /, "rampart: ")) })
    .showSuggestionAfterError(true);
  registerCheck(program, io);
  registerCompliance(program, io);
  registerPublish(program, io);
  // cli-commands
  registerList(program, io);
  registerDescribe(program, io);
  registerInstall(program, io);
  registerNew(program, io);
  registerDocs(program, io);
  registerConfig(program, io);
  return program;
}

/**
 * Runs the CLI with `argv` (without node and script). Returns the exit code: 0 clean, 1 a
 * violation at or above `--fail-on`, 2 usage or input error (one line on stderr, no stack trace).
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return io.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version print and exit 0; commander already printed its own one-line error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    io.stderr(`rampart: ${oneLine(describeError(e))}\n`);
    return EXIT.input;
  }
}

/**
 * The one line for an error that reached the top: its message for rampart's own errors; for a
 * stack overflow, that the input nests too deeply; for a programming error (TypeError and the
 * like, e.g. `x.lastIndexOf is not a function` on input of an unexpected shape) an "internal
 * error" line that says what to do, never a stack trace.
 */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return "the input nests too deeply to process; flatten it or check that it is the file you meant";
  if (e instanceof TypeError || e instanceof ReferenceError || e instanceof SyntaxError) {
    return `internal error (${e.name}: ${e.message.split("\n")[0]}); the input may be malformed. Please report it with the command you ran`;
  }
  return e.message;
}

/**
 * An error message as one line: JSON.parse's quoted excerpt of the input is dropped (it may hold
 * secrets and spans lines), whitespace is folded, and the length capped.
 */
export function oneLine(message: string): string {
  const s = message
    // A stack trace folded into a message: keep what comes before its first frame.
    .replace(/\n\s+at\s[\s\S]*$/, "")
    .replace(/,?\s*".*"\s+is not valid JSON/s, " (not valid JSON)")
    .replace(/\s+/g, " ")
    .trim();
  return s.length > 400 ? `${s.slice(0, 399)}…` : s;
}
