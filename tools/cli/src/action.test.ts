// The repository's GitHub Action (.github/actions/rampart): its check script builds rampart's
// command line from the inputs and writes the step outputs; its comment script creates one pull
// request comment and then updates it, against a stubbed GitHub API on loopback (no network).
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "./report/markdown";
import { sampleReport } from "./report/testdata/sample-report";

const ACTION = path.resolve(__dirname, "../../../.github/actions/rampart");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-action-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function node(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(ACTION, script)], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    const t = setTimeout(() => p.kill("SIGKILL"), 60_000);
    p.on("error", reject);
    p.on("close", (code) => {
      clearTimeout(t);
      resolve({ code: code ?? -1, out });
    });
  });
}

describe("action check script", () => {
  it("runs rampart for the Markdown summary and the SARIF report with the inputs, and writes the step outputs", async () => {
    // A stand-in rampart: records its arguments, writes the requested --output, exits 1 (violations).
    const fake = path.join(tmp, "fake-rampart.mjs");
    fs.writeFileSync(
      fake,
      `import * as fs from "node:fs";
const a = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(path.join(tmp, "calls.txt"))}, JSON.stringify(a) + "\\n");
const o = a[a.indexOf("--output") + 1];
fs.writeFileSync(o, a.includes("markdown") ? "### summary\\n" : "{}\\n");
process.exit(1);
`,
    );
    const ghOut = path.join(tmp, "github-output.txt");
    const summary = path.join(tmp, "step-summary.md");
    const sarif = path.join(tmp, "out.sarif");
    const r = await node("check.mjs", {
      RAMPART_COMMAND: `${process.execPath} ${fake}`,
      RAMPART_INPUT: "stack.json",
      RAMPART_PACKS: "aws-security data-location",
      RAMPART_CONFIG: "policy-config.json",
      RAMPART_FAIL_ON: "high",
      RAMPART_SARIF: sarif,
      GITHUB_OUTPUT: ghOut,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: tmp,
    });
    expect(r.code, r.out).toBe(0); // the action's last step fails the job, after upload and comment
    const calls = fs
      .readFileSync(path.join(tmp, "calls.txt"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(calls).toHaveLength(2);
    expect(calls[0].slice(0, 10)).toEqual([
      "check",
      "stack.json",
      "--fail-on",
      "high",
      "--pack",
      "aws-security",
      "data-location",
      "--config",
      "policy-config.json",
      "--format",
    ]);
    expect(calls[0][10]).toBe("markdown");
    expect(calls[1].slice(-4)).toEqual(["--format", "sarif", "--output", sarif]);
    const outputs = Object.fromEntries(
      fs
        .readFileSync(ghOut, "utf8")
        .trim()
        .split("\n")
        .map((l) => l.split("=")),
    );
    expect(outputs["exit-code"]).toBe("1");
    expect(outputs["sarif-written"]).toBe("true");
    expect(fs.readFileSync(outputs["markdown-file"], "utf8")).toBe("### summary\n");
    expect(fs.readFileSync(summary, "utf8")).toBe("### summary\n");
  });

  it("a missing input is one ::error:: line and exit 2", async () => {
    const r = await node("check.mjs", { RAMPART_COMMAND: "false" });
    expect(r.code).toBe(2);
    expect(r.out.trim()).toBe("::error::rampart action: the `input` input is required");
  });
});

describe("action comment script against a stubbed GitHub API", () => {
  const comments: { id: number; body: string }[] = [];
  const requests: string[] = [];
  let failWith: number | undefined;
  let server: http.Server;
  let api = "";
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let data = "";
      req.on("data", (d) => (data += d));
      req.on("end", () => {
        requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
        const send = (code: number, body: unknown) => {
          res.writeHead(code, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        };
        if (failWith) return send(failWith, { message: "Resource not accessible by integration" });
        const url = new URL(req.url!, "http://x");
        if (req.method === "GET" && url.pathname === "/repos/acme/infra/issues/7/comments") {
          const page = Number(url.searchParams.get("page"));
          // 100 unrelated comments on page 1, so the script must page on.
          if (page === 1)
            return send(
              200,
              Array.from({ length: 100 }, (_, i) => ({ id: 1000 + i, body: `other ${i}` })),
            );
          return send(200, page === 2 ? comments : []);
        }
        if (req.method === "POST" && url.pathname === "/repos/acme/infra/issues/7/comments") {
          const c = { id: 42, body: JSON.parse(data).body };
          comments.push(c);
          return send(201, c);
        }
        const m = url.pathname.match(/^\/repos\/acme\/infra\/issues\/comments\/(\d+)$/);
        if (req.method === "PATCH" && m) {
          const c = comments.find((x) => x.id === Number(m[1]));
          if (!c) return send(404, { message: "Not Found" });
          c.body = JSON.parse(data).body;
          return send(200, c);
        }
        send(404, { message: "Not Found" });
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const event = (payload: unknown) => {
    const f = path.join(tmp, `event-${requests.length}.json`);
    fs.writeFileSync(f, JSON.stringify(payload));
    return f;
  };
  const markdown = (text: string) => {
    const f = path.join(tmp, `summary-${requests.length}.md`);
    fs.writeFileSync(f, text);
    return f;
  };
  const env = (eventFile: string, md: string) => ({
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: "acme/infra",
    GITHUB_API_URL: api,
    GITHUB_TOKEN: "ghs_test",
    RAMPART_MARKDOWN: md,
  });
  const prEvent = () => event({ action: "synchronize", number: 7, pull_request: { number: 7 } });

  it("creates one comment, leaves it when the summary is unchanged, and updates it in place when it changes", async () => {
    const summary = renderMarkdown(sampleReport());
    const first = await node("comment.mjs", env(prEvent(), markdown(summary)));
    expect(first.out.trim()).toBe("rampart: pull request #7: comment created");
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(`<!-- rampart-check -->\n${summary}`);
    expect(requests.every((r) => r.endsWith("Bearer ghs_test"))).toBe(true);

    const again = await node("comment.mjs", env(prEvent(), markdown(summary)));
    expect(again.out.trim()).toBe("rampart: pull request #7: comment unchanged");

    const fixed = renderMarkdown(sampleReport({ violations: [], failed: false }));
    const third = await node("comment.mjs", env(prEvent(), markdown(fixed)));
    expect(third.out.trim()).toBe("rampart: pull request #7: comment updated");
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(`<!-- rampart-check -->\n${fixed}`);
    expect(requests.filter((r) => r.startsWith("POST"))).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith("PATCH /repos/acme/infra/issues/comments/42"))).toHaveLength(1);
  });

  it("does nothing on an event without a pull request; an API refusal is one ::error:: line and exit 1", async () => {
    const before = requests.length;
    const push = await node("comment.mjs", env(event({ ref: "refs/heads/main" }), markdown("x")));
    expect(push.code).toBe(0);
    expect(push.out.trim()).toBe("rampart: not a pull request event; no comment");
    expect(requests.length).toBe(before);
    failWith = 403;
    const denied = await node("comment.mjs", env(prEvent(), markdown("x")));
    failWith = undefined;
    expect(denied.code).toBe(1);
    expect(denied.out.trim()).toBe(
      "::error::rampart comment: GET /repos/acme/infra/issues/7/comments?per_page=100&page=1: 403 Resource not accessible by integration",
    );
  });
});
