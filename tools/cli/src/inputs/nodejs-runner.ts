/**
 * The JavaScript that runs a Node.js Pulumi program under mocks in a child process (written to a
 * temp folder and started with node; see nodejs-program.ts for what it does and why).
 */

/** Source of the runner (CommonJS; argv: job file, result file). */
export const NODEJS_RUNNER = String.raw`"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");
const url = require("url");
const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const resultFile = process.argv[3];
const recorded = [];
const invokes = [];
let lastUnknownInvoke;
let finished = false;
function finish(obj, code) {
  if (finished) return;
  finished = true;
  fs.writeFileSync(resultFile, JSON.stringify(obj));
  process.exit(code);
}
function frames(stack) {
  return String(stack || "").split("\n").filter((l) => /^\s+at /.test(l));
}
function programFrame(stack) {
  for (const line of frames(stack)) {
    const m = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (!m) continue;
    let f = m[1];
    if (f.startsWith("file://")) { try { f = url.fileURLToPath(f); } catch (e) { continue; } }
    if (f.startsWith(job.dir + path.sep) && !f.includes(path.sep + "node_modules" + path.sep)) return path.relative(job.dir, f) + ":" + m[2];
  }
  return undefined;
}
function resourceOf(e) {
  const r = e && e.resource;
  if (r && typeof r === "object" && typeof r.__pulumiType === "string") return r.__pulumiType + (r.__name ? " '" + r.__name + "'" : "");
  for (const line of frames(e && e.stack)) {
    const m = /at new \w+ \((.*node_modules[\/\\]@pulumi[\/\\][^()]+?\.js):\d+:\d+\)/.exec(line);
    if (!m) continue;
    try {
      const t = /__pulumiType = '([^']+)'/.exec(fs.readFileSync(m[1], "utf8"));
      if (t) return t[1];
    } catch (err) { /* next frame */ }
  }
  return undefined;
}
function fail(e) {
  const raw = e instanceof Error ? (e.message || String(e)) : String(e);
  const lines = raw.split("\n").filter((l) => !/^\s+at /.test(l)).map((l) => l.trimEnd());
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const message = (lines.length > 40 ? lines.slice(0, 40).concat(["..."]) : lines).join("\n") || "program failed";
  const error = { message };
  if (e instanceof Error) {
    error.at = programFrame(e.stack);
    error.resource = resourceOf(e);
    if (e instanceof TypeError && lastUnknownInvoke) error.invoke = lastUnknownInvoke;
  }
  finish({ error, resources: recorded, invokes }, 1);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

function instantiate(tpl, args, ctx) {
  const sub = (s) => {
    s = s.replace(/\$\{([a-z]+)\}/g, (m, k) => (k in ctx ? ctx[k] : m));
    const whole = /^\$\{args\.(\w+)(?:\|([^}]*))?\}$/.exec(s);
    if (whole) {
      const v = args[whole[1]];
      if (v !== undefined && v !== null) return v;
      const fb = whole[2] === undefined ? "" : whole[2];
      try { return JSON.parse(fb); } catch (err) { return fb; }
    }
    return s.replace(/\$\{args\.(\w+)(?:\|([^}]*))?\}/g, (m, k, fb) => {
      const v = args[k];
      return v !== undefined && v !== null && typeof v !== "object" ? String(v) : fb === undefined ? "" : fb;
    });
  };
  const walk = (v) => typeof v === "string" ? sub(v) : Array.isArray(v) ? v.map(walk) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, e]) => [k, walk(e)])) : v;
  return Object.assign({}, args, walk(tpl));
}
function contextFor(token, providerRef) {
  const pkg = token.split(":")[0];
  const ctx = Object.assign({}, job.invokes.contexts[pkg] || {});
  const keys = job.invokes.inputs[pkg] || {};
  const p = providerRef ? recorded.find((r) => r.urn === providerRef.slice(0, providerRef.lastIndexOf("::"))) : undefined;
  if (p) for (const [k, input] of Object.entries(keys)) if (typeof p.props[input] === "string" && p.props[input]) ctx[k] = p.props[input];
  if ("zone" in ctx && !ctx.zone && ctx.region) ctx.zone = ctx.region + "-a";
  return ctx;
}

(async () => {
  process.chdir(job.dir);
  let pulumiDir;
  try {
    pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [job.dir] }));
  } catch (e) {
    throw new Error("cannot find @pulumi/pulumi from " + job.dir + " (install the program's dependencies)");
  }
  const pulumi = require(pulumiDir);
  const settings = require(path.join(pulumiDir, "runtime", "settings"));
  const mocks = {
    newResource: (a) => ({ id: a.custom === false ? undefined : a.id || a.name + "_id", state: a.inputs }),
    call: (a) => {
      const tpl = job.invokes.catalogue[a.token];
      invokes.push({ token: a.token, known: !!tpl });
      if (!tpl) { lastUnknownInvoke = a.token; return {}; }
      return instantiate(tpl, a.inputs || {}, contextFor(a.token, a.provider));
    },
  };
  await pulumi.runtime.setMocks(mocks, job.project, job.stack, true, job.organization);
  const monitor = settings.getMonitor();
  const record = (req, rec, getProps) => {
    const pdeps = {};
    if (req.getPropertydependenciesMap) req.getPropertydependenciesMap().forEach((v, k) => { pdeps[k] = v.getUrnsList(); });
    return Object.assign(rec, {
      type: req.getType(), name: req.getName(), parent: req.getParent(), provider: req.getProvider(),
      props: getProps() ? getProps().toJavaScript() : {},
      dependencies: req.getDependenciesList ? req.getDependenciesList() : [], propertyDependencies: pdeps,
    });
  };
  const origRegister = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    const rec = record(req, { custom: req.getCustom(), remote: !!(req.getRemote && req.getRemote()), protect: !!req.getProtect() }, () => req.getObject());
    return origRegister(req, (err, res) => {
      if (!err && res) { rec.urn = res.getUrn(); rec.id = res.getId(); recorded.push(rec); }
      cb(err, res);
    });
  };
  const origRead = monitor.readResource.bind(monitor);
  monitor.readResource = (req, cb) => {
    const rec = record(req, { custom: true, read: true, protect: false, id: req.getId() }, () => req.getProperties());
    return origRead(req, (err, res) => {
      if (!err && res) { rec.urn = res.getUrn(); recorded.push(rec); }
      cb(err, res);
    });
  };

  const runJs = path.join(pulumiDir, "cmd", "run", "run.js");
  if (job.mode === "host" && fs.existsSync(runJs)) {
    // The Node.js language host's own program loader (tsconfig, ts-node, ESM, package.json main and
    // exports). Its cmd/run/index.js starts the host when loaded; run.js needs one constant from it.
    const indexJs = path.join(pulumiDir, "cmd", "run", "index.js");
    const stub = new Module(indexJs, module);
    stub.filename = indexJs;
    stub.loaded = true;
    stub.exports = { nodeJSProcessExitedAfterLoggingUserActionableMessage: 32 };
    require.cache[indexJs] = stub;
    if (job.esmHooks) {
      Module.register(url.pathToFileURL(job.esmHooks).href, { data: { esbuild: job.esbuild, dir: job.dir } });
      process.env.PULUMI_NODEJS_TYPESCRIPT = "false";
    }
    try {
      await require(path.join(pulumiDir, "runtime", "closure", "v8Hooks")).isInitializedAsync();
    } catch (e) { /* older SDKs: function serialization initializes itself */ }
    await require(runJs).run({ _: [job.program] }, () => {}, () => {}, () => false);
  } else {
    // Fallback for SDKs without the host's loader: TypeScript compiled file by file with esbuild
    // (CommonJS, so __dirname and require stay each module's own).
    if (job.esbuild) {
      const esbuild = require(job.esbuild);
      const compile = (m, filename) => {
        const out = esbuild.transformSync(fs.readFileSync(filename, "utf8"), { loader: filename.endsWith("x") ? "tsx" : "ts", format: "cjs", sourcefile: filename, target: "node20", sourcemap: "inline" });
        m._compile(out.code, filename);
      };
      for (const ext of [".ts", ".tsx", ".cts"]) Module._extensions[ext] = compile;
    }
    const stackMod = require(path.join(pulumiDir, "runtime", "stack"));
    await stackMod.runInPulumiStack(async () => {
      const exp = require(job.entry);
      const v = exp && exp.__esModule && "default" in exp ? exp.default : exp;
      return typeof v === "function" ? await v() : await v;
    });
  }
  if (typeof settings.waitForRPCs === "function") await settings.waitForRPCs();
  finish({ resources: recorded, invokes }, 0);
})().catch(fail);
`;

/**
 * ESM loader hooks for TypeScript programs with `"type": "module"` that have no ts-node/esm: `.ts`
 * files compiled by esbuild as ES modules (so `import x from "pkg"` keeps Node's default-import
 * semantics and `import.meta.url` is the file's own), and the TypeScript convention of importing
 * `./x.js` for `./x.ts`.
 */
export const ESM_HOOKS = String.raw`import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
let esbuild;
export async function initialize(data) {
  esbuild = createRequire(import.meta.url)(data.esbuild);
}
const TS = /\.(?:[mc]?ts|tsx)$/;
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (e) {
    const relative = specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("file:");
    if (!relative || (e && e.code !== "ERR_MODULE_NOT_FOUND" && e.code !== "ERR_UNSUPPORTED_DIR_IMPORT")) throw e;
    const alts = /\.js$/.test(specifier) ? [specifier.replace(/\.js$/, ".ts"), specifier.replace(/\.js$/, ".tsx")]
      : /\.mjs$/.test(specifier) ? [specifier.replace(/\.mjs$/, ".mts")]
      : /\.cjs$/.test(specifier) ? [specifier.replace(/\.cjs$/, ".cts")]
      : [specifier + ".ts", specifier + "/index.ts", specifier + ".js", specifier + "/index.js"];
    for (const alt of alts) {
      try { return await next(alt, context); } catch (err) { /* next candidate */ }
    }
    throw e;
  }
}
export async function load(u, context, next) {
  if (u.startsWith("file:") && TS.test(u) && !u.includes("/node_modules/")) {
    const file = fileURLToPath(u);
    const out = await esbuild.transform(await readFile(file, "utf8"), {
      loader: u.endsWith("x") ? "tsx" : "ts", format: u.endsWith(".cts") ? "cjs" : "esm", sourcefile: file, target: "node20", sourcemap: "inline",
    });
    return { format: u.endsWith(".cts") ? "commonjs" : "module", source: out.code, shortCircuit: true };
  }
  return next(u, context);
}
`;
