#!/usr/bin/env node
// The `rampart` executable. A committed file, so `npm ci` links it before the CLI is built;
// the compiled CLI lives in ../dist (built by `npm run build`, or by `npm start` / `npm test`).
"use strict";
try {
  require("../dist/bin.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/bin.js")) {
    process.stderr.write("rampart: the CLI is not built yet; run 'npm run build' (or 'npx nx run @rampart/cli:build') first\n");
    process.exit(2);
  }
  throw e;
}
