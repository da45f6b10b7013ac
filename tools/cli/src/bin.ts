#!/usr/bin/env node
import { main } from "./cli";
import { installSignalHandlers } from "./lifecycle";

// Ctrl-C / SIGTERM: stop child programs and packs, remove temporary folders, exit 130 / 143.
installSignalHandlers();

// A reader that stops early (`rampart list | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`rampart: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    process.exitCode = 2;
  },
);
