// Facts checked by machine against the installed provider SDKs: every type token a policy names
// is a resource type of @pulumi/aws, @pulumi/azure-native or @pulumi/gcp (or an engine token such
// as `pulumi:providers:aws`), and every top-level property a fixture gives such a resource is one
// of that resource's inputs or outputs. A misspelt token or property name fails here instead of
// passing silently (a policy on a token no resource has never runs).
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sdkPropertyNames, sdkResources, type SdkResource } from "./sdk-facts";
import { packs, ROOT } from "./workspace";

/** Tokens that are not SDK resources but that the engine gives policies. */
const ENGINE_TOKEN = /^pulumi:(providers:[\w-]+|pulumi:Stack)$/;
/** Keys every resource may carry besides its SDK properties (engine-set, or rampart's own markers). */
const ALWAYS_ALLOWED = new Set(["id", "urn"]);

interface LoadedPolicy {
  pack: string;
  name: string;
  resourceTypes: string[];
}

describe("facts of the installed provider SDKs", () => {
  let tokens: Map<string, SdkResource>;
  const loaded: LoadedPolicy[] = [];
  beforeAll(async () => {
    tokens = sdkResources(path.join(ROOT, "node_modules"));
    for (const p of packs()) {
      const file = path.join(p.dir, "src", "policies.ts");
      if (!fs.existsSync(file)) continue;
      const mod = await import(/* @vite-ignore */ file);
      for (const policy of mod.policies) loaded.push({ pack: p.rel, name: policy.name, resourceTypes: [...(policy.resourceTypes ?? [])] });
    }
  });

  it("the SDKs are installed and their tokens are read", () => {
    // Each SDK defines hundreds of resources; a regression in reading them would make every check below vacuous.
    for (const sdk of ["aws", "azure-native", "gcp"]) expect([...tokens.keys()].filter((t) => t.startsWith(`${sdk}:`)).length, sdk).toBeGreaterThan(500);
    expect(tokens.get("aws:s3/bucket:Bucket")?.dts).toMatch(/s3[\\/]bucket\.d\.ts$/);
  });

  it("every resource type a policy names is a resource of an installed SDK", () => {
    const unknown: string[] = [];
    for (const p of loaded) {
      for (const t of p.resourceTypes) if (!tokens.has(t) && !ENGINE_TOKEN.test(t)) unknown.push(`${p.pack}: ${p.name}: ${t}`);
    }
    expect(unknown).toEqual([]);
  });

  it("every top-level property a fixture gives an SDK resource is one of its inputs or outputs", async () => {
    const problems: string[] = [];
    const namesOf = new Map<string, Set<string>>();
    let checked = 0;
    for (const p of loaded) {
      const file = path.join(ROOT, p.pack, "src", "policies", `${p.name}.fixtures.ts`);
      if (!fs.existsSync(file)) continue;
      const list: any[] = (await import(/* @vite-ignore */ file)).default ?? [];
      for (const fx of list) {
        for (const r of fx.resources ?? (fx.resource ? [fx.resource] : [])) {
          const sdk = tokens.get(r.type);
          if (!sdk || !r.props || typeof r.props !== "object") continue;
          let names = namesOf.get(r.type);
          if (!names) namesOf.set(r.type, (names = sdkPropertyNames(sdk.dts)));
          for (const key of Object.keys(r.props)) {
            checked++;
            if (!names.has(key) && !ALWAYS_ALLOWED.has(key)) problems.push(`${p.pack}: ${p.name}: fixture "${fx.name}": ${r.type} has no property '${key}'`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked, "fixture properties checked").toBeGreaterThan(1000);
  });

  it("reads a resource's inputs and outputs from its .d.ts", () => {
    const names = sdkPropertyNames(tokens.get("azure-native:storage:StorageAccount")!.dts);
    expect(names.has("enableHttpsTrafficOnly")).toBe(true); // an input
    expect(names.has("primaryEndpoints")).toBe(true); // an output only
    expect(names.has("enableHttpsOnly")).toBe(false);
  });
});
