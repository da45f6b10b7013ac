// Creates or updates the one rampart comment on the pull request of the triggering event, with
// the Markdown summary in RAMPART_MARKDOWN. The comment is found by a hidden marker (one per
// RAMPART_COMMENT_ID, so several stacks can each keep one); an unchanged summary is not re-posted.
// Environment: GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_TOKEN (as the runner
// sets them). Every request has a timeout. Exit 0 when done or when the event has no pull request;
// 1 with one `::error::` line when the API refuses.

import * as fs from "node:fs";
import { pathToFileURL } from "node:url";

/** GitHub's limit on a comment body, in characters. */
export const MAX_BODY = 65536;
const TIMEOUT_MS = 30_000;

/** The marker that identifies rampart's comment. */
export function marker(id = "") {
  return `<!-- rampart-check${id ? `:${id}` : ""} -->`;
}

/** The pull request number of a webhook event payload, or undefined. */
export function pullRequestNumber(event) {
  if (event?.pull_request?.number) return event.pull_request.number;
  if (event?.issue?.pull_request && event.issue.number) return event.issue.number;
  return undefined;
}

/** The comment body: marker, then the summary, cut to GitHub's limit with a note. */
export function commentBody(markdown, id = "") {
  const head = `${marker(id)}\n`;
  const note = "\n\n…(cut to GitHub's comment size limit; see the job summary and the SARIF report)\n";
  const body = head + markdown;
  return body.length <= MAX_BODY ? body : head + markdown.slice(0, MAX_BODY - head.length - note.length) + note;
}

async function api(base, token, method, url, body) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${token}`,
      "x-github-api-version": "2022-11-28",
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) {
    const text = await res.text().catch(() => "");
    let message = text;
    try {
      message = JSON.parse(text).message ?? text;
    } catch {
      // not JSON
    }
    throw new Error(`${method} ${url}: ${res.status} ${String(message).split("\n")[0].slice(0, 200)}`);
  }
  return res.status === 204 ? undefined : res.json();
}

/**
 * Creates or updates the comment. Returns what it did: "created", "updated" or "unchanged".
 * @param {{ apiUrl: string, repository: string, token: string, number: number, body: string, id?: string }} o
 */
export async function upsertComment(o) {
  const base = o.apiUrl.replace(/\/$/, "");
  const mark = marker(o.id);
  let found;
  for (let page = 1; page <= 50 && !found; page++) {
    const list = await api(base, o.token, "GET", `/repos/${o.repository}/issues/${o.number}/comments?per_page=100&page=${page}`);
    found = list.find((c) => typeof c.body === "string" && c.body.startsWith(mark));
    if (list.length < 100) break;
  }
  if (found && found.body === o.body) return "unchanged";
  if (found) {
    await api(base, o.token, "PATCH", `/repos/${o.repository}/issues/comments/${found.id}`, { body: o.body });
    return "updated";
  }
  await api(base, o.token, "POST", `/repos/${o.repository}/issues/${o.number}/comments`, { body: o.body });
  return "created";
}

async function main() {
  const env = process.env;
  const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  const number = pullRequestNumber(event);
  if (!number) {
    console.log("rampart: not a pull request event; no comment");
    return;
  }
  if (!env.GITHUB_TOKEN) throw new Error("GITHUB_TOKEN is empty (pass github-token, with pull-requests: write)");
  const body = commentBody(fs.readFileSync(env.RAMPART_MARKDOWN, "utf8"), env.RAMPART_COMMENT_ID || "");
  const what = await upsertComment({
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    repository: env.GITHUB_REPOSITORY,
    token: env.GITHUB_TOKEN,
    number,
    body,
    id: env.RAMPART_COMMENT_ID || "",
  });
  console.log(`rampart: pull request #${number}: comment ${what}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.log(`::error::rampart comment: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
