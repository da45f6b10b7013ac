/**
 * JUnit XML report, the common subset CI systems read (GitLab, Jenkins, Azure DevOps, CircleCI,
 * GitHub test reporters): `<testsuites>` with one `<testsuite>` per pack; one `<testcase>` per
 * policy and resource that failed (`<failure>` when it counts toward `--fail-on`, otherwise a
 * passing case with the message in `<system-out>`), exempted ones `<skipped>`, and one passing
 * summary case per pack. Text is XML-escaped and characters XML 1.0 forbids are dropped.
 */
import type { Violation } from "../check";
import { Report, sortViolations } from "./model";

/** Escapes text for XML content and attribute values (and drops characters XML 1.0 cannot hold). */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 allows
      .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const attrs = (o: Record<string, string | number>) =>
  Object.entries(o)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");

/** Renders the JUnit XML report; `counts(v)` says whether a violation fails the run. */
export function renderJunit(report: Report, counts: (v: Violation) => boolean): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const pack of report.packs) {
    const vs = sortViolations(report.violations.filter((v) => v.pack === pack.name));
    const ex = report.exempted.filter((e) => e.violation.pack === pack.name);
    const cases: string[] = [];
    let f = 0;
    for (const v of vs) {
      const name = `${v.policy}${v.urn ? `: ${v.resourceName} (${v.resourceType})` : ""}`;
      const body = `${v.description}\n${v.message}${v.urn ? `\nresource: ${v.urn}` : ""}${v.location ? `\nat: ${v.location.file}${v.location.line ? `:${v.location.line}` : ""}` : ""}`;
      const head = `    <testcase${attrs({ classname: `${pack.name}.${v.policy}`, name, time: 0 })}>`;
      if (counts(v)) {
        f++;
        cases.push(
          `${head}\n      <failure${attrs({ type: v.enforcementLevel, message: v.message.split("\n")[0] })}>${xmlEscape(body)}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(`${head}\n      <system-out>${xmlEscape(`[${v.enforcementLevel}] ${body}`)}</system-out>\n    </testcase>`);
      }
    }
    for (const { violation: v, exemption } of ex) {
      const name = `${v.policy}${v.urn ? `: ${v.resourceName} (${v.resourceType})` : ""}`;
      cases.push(
        `    <testcase${attrs({ classname: `${pack.name}.${v.policy}`, name, time: 0 })}>\n      <skipped${attrs({ message: `exempted: ${exemption.reason}` })}/>\n    </testcase>`,
      );
    }
    cases.push(
      `    <testcase${attrs({ classname: pack.name, name: `${pack.name}: ${pack.policies.length} policies on ${report.resourcesChecked} resources`, time: 0 })}/>`,
    );
    const n = cases.length;
    tests += n;
    failures += f;
    skipped += ex.length;
    suites.push(
      `  <testsuite${attrs({ name: `${pack.name} v${pack.version}`, tests: n, failures: f, errors: 0, skipped: ex.length, time: 0 })}>\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  out.push(`<testsuites${attrs({ name: `rampart check ${report.input.path}`, tests, failures, errors: 0, skipped, time: 0 })}>`);
  out.push(...suites);
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}
