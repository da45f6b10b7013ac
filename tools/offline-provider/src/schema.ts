/**
 * A Pulumi package schema derived from an installed Node.js SDK (`@pulumi/<pkg>`), for GetSchema.
 * Neither the npm nor the PyPI SDK ships the provider's schema (checked: @pulumi/aws 7.48.0 has no
 * schema.json; it lives in the provider binary), and Pulumi YAML resolves every resource and function
 * token against the schema (pulumi-yaml v1.25.0 pkg/pulumiyaml/packages.go `ResolveResource`), so an
 * empty schema cannot serve a YAML program. What the SDK's generated JavaScript does say is read from it:
 *
 * - resources: `static __pulumiType = '<token>'`; every `resourceInputs["<p>"]` is a property, those
 *   assigned from `args` are input properties, `pulumi.secret(...)` marks a secret input;
 * - the provider resource: the file whose `__pulumiType` is the bare package name;
 * - functions: `invoke("<token>", { "<arg>": ... })` gives the inputs, the `...Result` interface of
 *   the function's .d.ts gives the outputs.
 *
 * Every property is typed `pulumi.json#/Any` (types are not derived), no input is marked required.
 * Checked: the schemas derived from @pulumi/aws 7.48, azure-native 3.28 and gcp 9.37 bind with
 * pulumi/pulumi v3.274.1 pkg/codegen/schema `BindSpec` with no errors (gcp: 2 warnings about two
 * provider properties differing only in case). Not yet checked against pulumi-language-yaml.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type PropertyMap = Record<string, { $ref: string; secret?: boolean }>;

interface ResourceSpec {
  inputProperties: PropertyMap;
  properties: PropertyMap;
}

/** A Pulumi package schema (the subset written here). */
export interface DerivedSchema {
  name: string;
  version: string;
  meta: { moduleFormat: string };
  provider: ResourceSpec;
  resources: Record<string, ResourceSpec>;
  functions: Record<string, { inputs: { properties: PropertyMap }; outputs: { properties: PropertyMap } }>;
}

const ANY = "pulumi.json#/Any";

function* jsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== "types") yield* jsFiles(path.join(dir, e.name));
    } else if (e.name.endsWith(".js")) {
      yield path.join(dir, e.name);
    }
  }
}

function resourceSpec(js: string): ResourceSpec {
  const inputProperties: PropertyMap = {};
  const properties: PropertyMap = {};
  for (const m of js.matchAll(/resourceInputs\["([^"]+)"\]\s*=\s*([^;\n]*)/g)) {
    const [, name, rhs] = m;
    if (name === "id" || name === "urn") continue; // reserved names (the engine's own)
    properties[name] = { $ref: ANY };
    if (/\bargs\b/.test(rhs)) inputProperties[name] = rhs.includes("pulumi.secret(") ? { $ref: ANY, secret: true } : { $ref: ANY };
  }
  return { inputProperties, properties };
}

function resultProperties(dts: string): PropertyMap {
  const block = /export interface \w+Result \{([\s\S]*?)\n\}/.exec(dts);
  const out: PropertyMap = {};
  for (const m of (block?.[1] ?? "").matchAll(/^ {4}readonly (\w+)\??:/gm)) out[m[1]] = { $ref: ANY };
  return out;
}

/**
 * The schema of package `pkg` at `version` read from the SDK folder `sdkDir`
 * (e.g. node_modules/@pulumi/aws). Reads every .js file (about 1 s for @pulumi/aws).
 * @throws when `sdkDir` cannot be read.
 */
export function deriveSchema(pkg: string, version: string, sdkDir: string): DerivedSchema {
  const schema: DerivedSchema = {
    name: pkg,
    version,
    meta: { moduleFormat: "(.*)" },
    provider: { inputProperties: {}, properties: {} },
    resources: {},
    functions: {},
  };
  let slashModules = 0;
  for (const file of jsFiles(sdkDir)) {
    const js = readFileSync(file, "utf8");
    const type = /static __pulumiType = ['"]([^'"]+)['"]/.exec(js)?.[1];
    if (type === pkg) {
      schema.provider = resourceSpec(js);
    } else if (type?.startsWith(`${pkg}:`)) {
      schema.resources[type] = resourceSpec(js);
      if (type.split(":")[1]?.includes("/")) slashModules++;
    }
    for (const m of js.matchAll(/\.invoke(?:Output)?(?:SingleOutput)?\("([^"]+)",\s*\{([^}]*)\}/g)) {
      const [, token, body] = m;
      if (!token.startsWith(`${pkg}:`) || schema.functions[token]) continue;
      const inputs: PropertyMap = {};
      for (const a of body.matchAll(/"([^"]+)":/g)) inputs[a[1]] = { $ref: ANY };
      let outputs: PropertyMap = {};
      try {
        outputs = resultProperties(readFileSync(file.replace(/\.js$/, ".d.ts"), "utf8"));
      } catch {
        // no declaration file: outputs unknown
      }
      schema.functions[token] = { inputs: { properties: inputs }, outputs: { properties: outputs } };
    }
  }
  // aws and gcp tokens are `<pkg>:<module>/<member>:<Name>`; azure-native's `<pkg>:<module>:<Name>`.
  if (slashModules > Object.keys(schema.resources).length / 2) schema.meta.moduleFormat = "(.*)(?:/[^/]*)";
  return schema;
}
