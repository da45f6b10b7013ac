import { describe, expect, it } from "vitest";
import { openIngress } from "./firewall";

const rule = (over: Record<string, unknown>) => ({ network: "vpc", sourceRanges: ["0.0.0.0/0"], ...over });

describe("lib/firewall openIngress", () => {
  it("matches TCP ports, ranges, all protocols and protocol numbers", () => {
    expect(openIngress(rule({ allows: [{ protocol: "tcp", ports: ["22"] }] }), { tcp: 22 }).hits).toHaveLength(1);
    expect(openIngress(rule({ allows: [{ protocol: "tcp", ports: ["20-30"] }] }), { tcp: 22 }).hits).toHaveLength(1);
    expect(openIngress(rule({ allows: [{ protocol: "tcp", ports: ["80", "443"] }] }), { tcp: 22 }).hits).toHaveLength(0);
    expect(openIngress(rule({ allows: [{ protocol: "all" }] }), { tcp: 3389 }).hits).toHaveLength(1);
    expect(openIngress(rule({ allows: [{ protocol: "6" }] }), { tcp: 3389 }).hits).toHaveLength(1);
    expect(openIngress(rule({ allows: [{ protocol: "udp", ports: ["22"] }] }), { tcp: 22 }).hits).toHaveLength(0);
    expect(openIngress(rule({ allows: [{ protocol: "udp" }] }), { udp: 53 }).hits).toHaveLength(1);
  });
  it("all-ports: protocol all, or TCP/UDP without ports or with 0-65535", () => {
    expect(openIngress(rule({ allows: [{ protocol: "tcp" }] }), "all-ports").hits).toHaveLength(1);
    expect(openIngress(rule({ allows: [{ protocol: "tcp", ports: ["1-65535"] }] }), "all-ports").hits).toHaveLength(1);
    expect(openIngress(rule({ allows: [{ protocol: "tcp", ports: ["1-1024"] }] }), "all-ports").hits).toHaveLength(0);
    expect(openIngress(rule({ allows: [{ protocol: "icmp" }] }), "all-ports").hits).toHaveLength(0);
  });
  it("ignores egress, disabled rules and rules without an internet source", () => {
    const allows = [{ protocol: "all" }];
    expect(openIngress(rule({ allows, direction: "EGRESS" }), "all-ports").hits).toHaveLength(0);
    expect(openIngress(rule({ allows, disabled: true }), "all-ports").hits).toHaveLength(0);
    expect(openIngress({ network: "vpc", sourceTags: ["a"], allows }, "all-ports").hits).toHaveLength(0);
    expect(openIngress(rule({ allows, sourceRanges: ["10.0.0.0/8"] }), "all-ports").hits).toHaveLength(0);
    expect(openIngress(rule({ allows, sourceRanges: ["::/0"] }), "all-ports").hits[0].cidr).toBe("::/0");
  });
});
