/**
 * Facts of the installed provider SDKs, read from their files: which resource type tokens exist
 * (`static __pulumiType = '<token>'` in each resource module's .js) and which top-level property
 * names a resource has (its `<Resource>Args` interface and its `readonly <name>: pulumi.Output<...>`
 * outputs in the .d.ts). Sources: node_modules/@pulumi/aws (7.x), @pulumi/azure-native (3.x),
 * @pulumi/gcp (9.x) at the versions package-lock.json pins.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The provider SDKs whose tokens rampart's policies use. */
export const SDK_PACKAGES = ["aws", "azure-native", "gcp"] as const;

/** A resource type of an installed SDK: its token and the .d.ts that declares it. */
export interface SdkResource {
  token: string;
  dts: string;
}

const TOKEN = /__pulumiType = '([^']+)'/;

/**
 * Every resource type token of the installed SDKs (`<sdk>:<module>:<Type>`), by token.
 * @param nodeModules the workspace's node_modules folder.
 */
export function sdkResources(nodeModules: string): Map<string, SdkResource> {
  const out = new Map<string, SdkResource>();
  for (const pkg of SDK_PACKAGES) {
    const root = path.join(nodeModules, "@pulumi", pkg);
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const f = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== "node_modules" && e.name !== "types") walk(f);
        } else if (e.name.endsWith(".js") && e.name !== "index.js") {
          const m = TOKEN.exec(fs.readFileSync(f, "utf8"));
          if (m) out.set(m[1], { token: m[1], dts: f.replace(/\.js$/, ".d.ts") });
        }
      }
    };
    if (fs.existsSync(root)) walk(root);
  }
  return out;
}

/**
 * The top-level property names of a resource: the keys of its `<Resource>Args` interface and its
 * output properties (`readonly <name>: pulumi.Output<...>`), the two shapes a policy sees (inputs
 * during Analyze, outputs in a stack export and AnalyzeStack).
 */
export function sdkPropertyNames(dts: string): Set<string> {
  const text = fs.readFileSync(dts, "utf8");
  const names = new Set<string>();
  for (const m of text.matchAll(/^ {4}readonly (\w+)!?\??: pulumi\.Output/gm)) names.add(m[1]);
  const args = /^export interface \w+Args \{\n([\s\S]*?)^\}/m.exec(text);
  if (args) for (const m of args[1].matchAll(/^ {4}(\w+)\??: /gm)) names.add(m[1]);
  return names;
}
