import { describe, expect, it } from "vitest";
import { main } from "../cli";
import type { Io } from "../io";

function io(): Io & { out: string; err: string } {
  const r = { out: "", err: "", exitCode: 0, stdout: (t: string) => void (r.out += t), stderr: (t: string) => void (r.err += t) };
  return r as any;
}

describe("rampart config", () => {
  it("fans a pack-level setting out to every policy that declares it", async () => {
    const o = io();
    expect(await main(["config", "--pack", "data-location", "--set", 'allowedJurisdictions=["EU"]'], o)).toBe(0);
    const cfg = JSON.parse(o.out);
    // Each entry keeps the policy's own level: the Pulumi CLI would read a missing one as advisory.
    expect(cfg["aws-location-allowed-region"]).toEqual({ enforcementLevel: "mandatory", allowedJurisdictions: ["EU"] });
    expect(cfg["multi-location-require-configuration"]).toEqual({ enforcementLevel: "mandatory", allowedJurisdictions: ["EU"] });
    expect(Object.values(cfg).every((e: any) => JSON.stringify(e.allowedJurisdictions) === '["EU"]')).toBe(true);
  });

  it("writes defaults too, and rejects a setting no policy takes", async () => {
    const o = io();
    expect(await main(["config", "--pack", "aws-security", "--defaults"], o)).toBe(0);
    expect(JSON.parse(o.out)["aws-rds-require-backup-retention"]).toMatchObject({ enforcementLevel: expect.any(String), minimumDays: 7 });
    const bad = io();
    expect(await main(["config", "--pack", "aws-security", "--set", "allowedJurisdictions=EU"], bad)).toBe(2);
    expect(bad.err).toMatch(/^rampart: no policy of aws-security takes the setting 'allowedJurisdictions'\n$/);
    const wrongType = io();
    expect(await main(["config", "--pack", "data-location", "--set", "allowedJurisdictions=EU"], wrongType)).toBe(2);
    expect(wrongType.err).toMatch(/^rampart: policy config: [a-z-]+: allowedJurisdictions must be array\n$/);
  });

  it("fans `exemptions` out to every policy (each policy's schema has it), validated as the Pulumi CLI will", async () => {
    const o = io();
    const ex = [{ resource: "assets", reason: "Public website (SEC-42)", expires: "2027-03-31" }];
    expect(await main(["config", "--pack", "aws-security", "cost-optimization", "--set", `exemptions=${JSON.stringify(ex)}`], o)).toBe(0);
    const cfg = JSON.parse(o.out);
    expect(Object.keys(cfg).length).toBeGreaterThan(150);
    for (const entry of Object.values<any>(cfg)) expect(entry.exemptions).toEqual(ex);
    const bad = io();
    expect(await main(["config", "--pack", "aws-security", "--set", 'exemptions=[{"resource":"assets"}]'], bad)).toBe(2);
    expect(bad.err).toMatch(/^rampart: policy config: [a-z0-9-]+: exemptions\[0\].reason is required\n$/);
  });
});
