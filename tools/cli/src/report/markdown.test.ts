// The Markdown report renders as GitHub-flavoured Markdown (parsed with markdown-it, CommonMark +
// GFM tables), stays byte-stable, and cannot be broken by what a message contains.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { code, escapeMarkdown, MAX_ROWS, renderMarkdown } from "./markdown";
import { sampleReport, v } from "./testdata/sample-report";

const md = new MarkdownIt({ html: true });

describe("Markdown report", () => {
  it("matches the snapshot (a pull request comment)", async () => {
    await expect(renderMarkdown(sampleReport())).toMatchFileSnapshot("testdata/check-report.md");
  });

  it("parses as GFM: a heading, the severity table, detail tables, collapsible blocks; messages cannot inject markup", () => {
    const text = renderMarkdown(sampleReport());
    const tokens = md.parse(text, {});
    expect(tokens.find((t) => t.type === "heading_open")?.tag).toBe("h3");
    // severity table + all violations + baseline + exempted + expired exemptions
    expect(tokens.filter((t) => t.type === "table_open")).toHaveLength(5);
    const html = md.render(text);
    expect(html.match(/<details>/g)).toHaveLength(4);
    expect(html).not.toContain("<b>bold</b>");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(html).not.toMatch(/<a href="x">/);
    // Each table row has as many cells as its header (a `|` in a message did not add a column).
    for (const table of html.split("<table>").slice(1)) {
      const head = (table.split("</thead>")[0].match(/<th[ >]/g) ?? []).length;
      for (const row of table.split("</thead>")[1].split("</table>")[0].split("<tr>").slice(1)) expect((row.match(/<td[ >]/g) ?? []).length).toBe(head);
    }
  });

  it("says so when clean, and caps long tables", () => {
    const clean = renderMarkdown(sampleReport({ violations: [], exempted: [], baselined: [], expiredExemptions: [], failed: false, baselineUsed: false }));
    expect(clean.split("\n")[0]).toBe("### ✅ rampart: no policy violations");
    const many = Array.from({ length: MAX_ROWS + 7 }, (_, i) =>
      v("aws-s3-require-sse-kms", `b${String(i).padStart(3, "0")}`, "advisory", "medium", "no KMS key."),
    );
    const long = renderMarkdown(sampleReport({ violations: many, exempted: [], baselined: [], expiredExemptions: [], failed: false }));
    expect(long).toContain("…and 7 more: see the SARIF or JSON report.");
    expect(long.split("\n")[0]).toBe(`### ⚠️ rampart: ${MAX_ROWS + 7} advisory violations`);
  });

  it("escapes and fences", () => {
    expect(escapeMarkdown("a|b\n<c>*d*")).toBe("a\\|b<br>&lt;c&gt;\\*d\\*");
    expect(code("x`y")).toBe("``x`y``");
    expect(md.renderInline(code("`a`"))).toBe("<code>`a`</code>");
  });
});
