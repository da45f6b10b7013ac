// @ts-check
/* global module, console, require */
/**
 * The `policy` generator: scaffolds a rampart policy in a pack so that its failing-first test runs
 * straight away.
 *
 * Writes `packages/<pack>/src/policies/<name>.ts` (a `definePolicy` stub with TODO metadata whose
 * validate function reports nothing, so the `violate` and `unknown` fixtures fail until the policy
 * is written), `<name>.fixtures.ts` beside it (one `pass`, one `violate`, one `unknown` skeleton),
 * regenerates the pack's registry `src/generated/policies.ts` (tools/nx-plugin/src/registry.js; the
 * same text `node tools/policy-registry.mjs` writes), and writes `.changeset/<name>.md`. The
 * policy is written with the pack's factory (the `export const <f> = policyFactory(...)` of the
 * pack's `src/policy.ts`), so cloud, service and controls come from the name.
 *
 * Plain CommonJS so that `nx g` loads it without a TypeScript transpiler and the rampart CLI can
 * call it with nx's own file tree (`nx/src/generators/tree`).
 */

/**
 * The parts of nx's `Tree` the generator uses (paths relative to the workspace root).
 * @typedef {{
 *   root: string;
 *   read(path: string, encoding: "utf-8"): string | null;
 *   write(path: string, content: string): void;
 *   exists(path: string): boolean;
 *   children(dirPath: string): string[];
 * }} Tree
 */

/**
 * @typedef {{
 *   pack: string;
 *   name: string;
 *   type?: string;
 *   resourceType?: string;
 *   kind?: "resource" | "stack";
 * }} PolicyGeneratorOptions
 */

const NAME_PATTERN = /^(aws|azure|gcp|multi)-[a-z0-9]+(-[a-z0-9]+)+$/;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { REGISTRY_FILE, policyNamesOf, registrySource } = require("../registry.js");

/**
 * The policy stub. Its TODO placeholders are rejected by definePolicy (description,
 * remediationSteps, the `.invalid` url), so the pack's tests fail until the author writes them.
 * @param {string} name @param {string} type @param {"resource" | "stack"} kind @param {string} factory
 */
function policySource(name, type, kind, factory) {
  const validate =
    kind === "stack"
      ? `  // TODO: correlate resources with index.companions(...); report(message, urn) names the offender,
  // report.unknown(message, urn) when a link or value is unknown during preview.
  validateStack: (_stack, _report) => {},`
      : `  // TODO: read props with peek/isSet/peekItems (unknown-safe); report what is wrong, where (the
  // property path) and what to do, with msg\`...\` so secret values show as [secret]. Until this
  // reports, the "violate" and "unknown" fixtures fail.
  validateResource: (_resource, _report) => {},`;
  return `import { ${factory} } from "../policy";

/** TODO: what this policy requires, in one sentence. */
export default ${factory}({
  name: "${name}",
  // TODO: every field below (definePolicy rejects the TODO and .invalid placeholders). One sentence
  // on what good looks like; concrete remediation; the cloud's documentation page of the setting;
  // the real type tokens (check node_modules/@pulumi/*). Cloud, service and compliance controls come
  // from the name (controls: the pack's src/controls.ts, when it has one).
  description: "TODO: what good looks like, in one sentence.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "TODO: what to set instead, concretely.",
  url: "https://TODO.invalid/documentation-of-the-setting",
  resourceTypes: ["${type}"],
${validate}
});
`;
}

/** @param {string} type @param {"resource" | "stack"} kind */
function fixturesSource(type, kind) {
  const res = (/** @type {string} */ value) =>
    kind === "stack"
      ? `resources: [{ type: "${type}", name: "example", props: { todo: ${value} } }]`
      : `resource: { type: "${type}", props: { todo: ${value} } }`;
  return `import { fixtures, unknown } from "@rampart/policy-testing";

// TODO: replace the placeholder property \`todo\` with the properties the policy reads, and add the
// tricky cases (both shapes of a resource, edge values, another resource type: "not-applicable").
export default fixtures([
  { name: "TODO compliant resource", expect: "pass", ${res('"good"')} },
  {
    name: "TODO non-compliant resource",
    expect: "violate",
    message: "todo",${kind === "stack" ? '\n    target: "example",' : ""}
    ${res('"bad"')},
  },
  { name: "TODO value unknown during preview", expect: "unknown", ${res("unknown()")} },
]);
`;
}

/**
 * The generator. Paths are relative to the tree's root (the workspace root).
 * @param {Tree} tree
 * @param {PolicyGeneratorOptions} options
 * @returns {Promise<() => void>} a callback printing the next step
 * @throws Error for an unknown pack, a bad or taken name, or a malformed type token
 */
async function policyGenerator(tree, options) {
  const { pack, name } = options;
  const kind = options.kind ?? "resource";
  const packDir = `packages/${pack}`;
  const factoryFile = `${packDir}/src/policy.ts`;
  if (!tree.exists(`${packDir}/src/policies.ts`)) throw new Error(`packages/${pack}/src/policies.ts not found: '${pack}' is not a pack of this workspace`);
  const factory = /export const (\w+)\s*=\s*policyFactory\b/.exec(tree.read(factoryFile, "utf-8") ?? "")?.[1];
  if (!factory) throw new Error(`${factoryFile} does not export the pack's policy factory (export const <name> = policyFactory(...))`);
  if (!NAME_PATTERN.test(name)) throw new Error(`'${name}' is not a policy name: kebab-case <cloud>-<service>-<rule>, e.g. aws-s3-require-versioning`);
  for (const other of tree.children("packages")) {
    if (tree.exists(`packages/${other}/src/policies/${name}.ts`))
      throw new Error(`policy '${name}' already exists in packages/${other} (names are unique across packs)`);
  }
  const [cloud, service] = name.split("-");
  const type = options.type ?? options.resourceType ?? `${cloud}:${service}/todo:Todo`;
  if (!/^[a-zA-Z][\w-]*:[\w/.-]*:[\w.-]+$/.test(type)) throw new Error(`'${type}' is not a type token like aws:s3/bucket:Bucket`);

  tree.write(`${packDir}/src/policies/${name}.ts`, policySource(name, type, kind, factory));
  tree.write(`${packDir}/src/policies/${name}.fixtures.ts`, fixturesSource(type, kind));
  tree.write(`${packDir}/${REGISTRY_FILE}`, registrySource(policyNamesOf(tree.children(`${packDir}/src/policies`))));

  let packageName = `@rampart/${pack}`;
  const pkgText = tree.read(`${packDir}/package.json`, "utf-8");
  if (pkgText) packageName = JSON.parse(pkgText).name ?? packageName;
  tree.write(`.changeset/${name}.md`, `---\n"${packageName}": minor\n---\n\nNew policy \`${name}\`: TODO what it requires, in one sentence.\n`);

  return () => {
    console.log(`Next: cd ${packDir} && npx vitest run src/policies.test.ts -t ${name}  (fails until the policy is written)`);
  };
}

module.exports = policyGenerator;
module.exports.default = policyGenerator;
module.exports.policyGenerator = policyGenerator;
