// @ts-check
/* global module, console */
/**
 * The `policy` generator: scaffolds a rampart policy in a pack so that its failing-first test runs
 * straight away.
 *
 * Writes `packages/<pack>/src/policies/<name>.ts` (a `definePolicy` stub with TODO metadata whose
 * validate function reports nothing, so the `violate` and `unknown` fixtures fail until the policy
 * is written), `<name>.fixtures.ts` beside it (one `pass`, one `violate`, one `unknown` skeleton),
 * adds the import to the pack's `src/policies.ts` (before the group's `// END <GROUP> IMPORTS`
 * and `// END <GROUP>` markers, or at the end of the list in a pack without markers), and writes
 * `.changeset/<name>.md`.
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
 *   resourceType?: string;
 *   group?: string;
 *   kind?: "resource" | "stack";
 * }} PolicyGeneratorOptions
 */

const NAME_PATTERN = /^(aws|azure|gcp|multi)-[a-z0-9]+(-[a-z0-9]+)+$/;

/** `aws-s3-require-versioning` → `awsS3RequireVersioning`. @param {string} name */
function identifierOf(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** Lower-case letters and digits only (`API Gateway` → `apigateway`). @param {string} s */
const norm = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * The groups of a policy list: for each `// END <G> IMPORTS` marker, its key and the words of its
 * heading comment (the comment line that opens the group).
 * @param {string[]} lines
 * @returns {{ key: string; heading: string[] }[]}
 */
function groupsOf(lines) {
  /** @type {{ key: string; heading: string[] }[]} */
  const out = [];
  lines.forEach((line, i) => {
    const m = /^\/\/ END (\S+) IMPORTS\s*$/.exec(line.trim());
    if (!m) return;
    let j = i - 1;
    while (j >= 0 && /^import\b/.test(lines[j].trim())) j--;
    const heading = j >= 0 && /^\/\/(?! END )/.test(lines[j].trim()) ? lines[j].trim().slice(2).split(",").map(norm).filter(Boolean) : [];
    out.push({ key: m[1], heading });
  });
  return out;
}

/**
 * Picks the group for a policy: `--group`, else the group whose heading (or key) names the
 * service, else the cloud, else the only group.
 * @param {{ key: string; heading: string[] }[]} groups
 * @param {string} cloud @param {string} service @param {string | undefined} wanted
 */
function pickGroup(groups, cloud, service, wanted) {
  const keys = groups.map((g) => g.key).join(", ");
  if (wanted) {
    const g = groups.find((x) => x.key.toLowerCase() === wanted.toLowerCase());
    if (!g) throw new Error(`no group '${wanted}' in the policy list (groups: ${keys})`);
    return g.key;
  }
  for (const word of [service, cloud]) {
    const g = groups.find((x) => x.heading.includes(norm(word)) || norm(x.key) === norm(word));
    if (g) return g.key;
  }
  if (groups.length === 1) return groups[0].key;
  throw new Error(`cannot tell which group of the policy list '${service}' belongs to; pass --group (one of ${keys})`);
}

/**
 * Adds `import <id> from "./policies/<name>";` and the list entry to a pack's `policies.ts` text.
 * @param {string} text @param {string} name @param {string | undefined} group
 * @returns {string}
 */
function addToPolicyList(text, name, group) {
  const id = identifierOf(name);
  const [cloud, service] = name.split("-");
  const importLine = `import ${id} from "./policies/${name}";`;
  const lines = text.split("\n");
  const groups = groupsOf(lines);
  if (groups.length) {
    const key = pickGroup(groups, cloud, service, group);
    const imp = lines.findIndex((l) => l.trim() === `// END ${key} IMPORTS`);
    lines.splice(imp, 0, importLine);
    const end = lines.findIndex((l) => l.trim() === `// END ${key}`);
    if (end < 0) throw new Error(`the policy list has '// END ${key} IMPORTS' but no '// END ${key}' marker in its arrays`);
    const indent = /^\s*/.exec(lines[end])?.[0] ?? "  ";
    lines.splice(end, 0, `${indent}${id},`);
    return lines.join("\n");
  }
  // No markers: after the last import, and at the end of `export const policies = [ ... ]`.
  let lastImport = -1;
  lines.forEach((l, i) => {
    if (/^import\b/.test(l)) lastImport = i;
  });
  lines.splice(lastImport + 1, 0, importLine);
  const start = lines.findIndex((l) => /export const policies\b.*=\s*\[/.test(l));
  if (start < 0) throw new Error("the policy list has no 'export const policies = [' to add to");
  if (/\]/.test(lines[start].slice(lines[start].indexOf("[")))) {
    // One-line list: `export const policies = [a, b] as const;`
    lines[start] = lines[start].replace(/\[\s*([^\]]*?)\s*\]/, (_, inner) => `[${inner ? `${inner.replace(/,\s*$/, "")}, ` : ""}${id}]`);
    return lines.join("\n");
  }
  let close = start + 1;
  while (close < lines.length && !/^\s*\]/.test(lines[close])) close++;
  if (close >= lines.length) throw new Error("cannot find the end of 'export const policies = ['");
  lines.splice(close, 0, `  ${id},`);
  return lines.join("\n");
}

/** @param {string} name @param {string} type @param {"resource" | "stack"} kind @param {boolean} hasControls */
function policySource(name, type, kind, hasControls) {
  const [cloud, service] = name.split("-");
  const validate =
    kind === "stack"
      ? `  // TODO: correlate resources with index.companions(...); report(message, urn) names the offender,
  // report.unknown(message, urn) when a link or value is unknown during preview.
  validateStack: (_stack, _report) => {},`
      : `  // TODO: read props with peek/isSet/peekItems (unknown-safe); report what is wrong, where (the
  // property path) and what to do, with msg\`...\` so secret values show as [secret]. Until this
  // reports, the "violate" and "unknown" fixtures fail.
  validateResource: (_resource, _report) => {},`;
  return `import { definePolicy } from "@rampart/policy-core";
${hasControls ? 'import { controlsFor } from "../controls";\n' : ""}
/** TODO: what this policy requires, in one sentence. */
export default definePolicy({
  name: "${name}",
  // TODO: every field below. One sentence on what good looks like; concrete remediation; the
  // cloud's documentation page of the setting; the real type tokens (check node_modules/@pulumi/*).
  description: "TODO: what good looks like, in one sentence.",
  cloud: "${cloud}",
  service: "${service}",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "TODO: what to set instead, concretely.",
  url: "https://TODO.invalid/documentation-of-the-setting",
${hasControls ? `  controls: controlsFor("${name}"),\n` : ""}  resourceTypes: ["${type}"],
${validate}
});
`;
}

/** @param {string} type @param {"resource" | "stack"} kind */
function fixturesSource(type, kind) {
  const res = (/** @type {string} */ value) =>
    kind === "stack" ? `resources: [{ type: "${type}", name: "example", props: { todo: ${value} } }]` : `resource: { type: "${type}", props: { todo: ${value} } }`;
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
 * @throws Error for an unknown pack, a bad or taken name, or a list it cannot place the policy in
 */
async function policyGenerator(tree, options) {
  const { pack, name } = options;
  const kind = options.kind ?? "resource";
  const packDir = `packages/${pack}`;
  const listFile = `${packDir}/src/policies.ts`;
  if (!tree.exists(listFile)) throw new Error(`${listFile} not found: '${pack}' is not a pack of this workspace`);
  if (!NAME_PATTERN.test(name)) throw new Error(`'${name}' is not a policy name: kebab-case <cloud>-<service>-<rule>, e.g. aws-s3-require-versioning`);
  for (const other of tree.children("packages")) {
    if (tree.exists(`packages/${other}/src/policies/${name}.ts`)) throw new Error(`policy '${name}' already exists in packages/${other} (names are unique across packs)`);
  }
  const [cloud, service] = name.split("-");
  const type = options.resourceType ?? `${cloud}:${service}/todo:Todo`;
  const hasControls = tree.exists(`${packDir}/src/controls.ts`);

  tree.write(`${packDir}/src/policies/${name}.ts`, policySource(name, type, kind, hasControls));
  tree.write(`${packDir}/src/policies/${name}.fixtures.ts`, fixturesSource(type, kind));
  tree.write(listFile, addToPolicyList(/** @type {string} */ (tree.read(listFile, "utf-8")), name, options.group));

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
module.exports.addToPolicyList = addToPolicyList;
module.exports.identifierOf = identifierOf;
