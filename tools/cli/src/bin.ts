#!/usr/bin/env node
import { main } from "./cli";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`rampart: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    process.exitCode = 2;
  },
);
