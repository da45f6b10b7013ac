/**
 * A private npm registry on loopback for the release test: Verdaccio 6.8.0 (the last release that
 * runs on Node 20; the root package.json pins its node-fetch to 2.7.0 through `overrides`, as its
 * audit plugin asks for node-fetch by the dist-tag `cjs`), started in this process so it cannot
 * outlive the test, with its storage, config and users in a temporary folder and no uplinks: it
 * serves only what the test published, so an install that works proves the published tarballs.
 */
import * as fs from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import * as path from "node:path";
import { runServer } from "verdaccio";

/** A started registry. */
export interface LocalRegistry {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** npm auth token of the registry's one user (publish rights on `@rampart/*`). */
  token: string;
  /** The `.npmrc` lines that map only the @rampart scope to this registry, with its token. */
  scopedNpmrc: string;
  stop(): Promise<void>;
}

const CONFIG = (storage: string, htpasswd: string) => `# rampart release test: a private registry for the @rampart scope only, no uplinks.
storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(htpasswd)}
    max_users: 1
uplinks: {}
packages:
  "@rampart/*":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  # Anything else is simply not here (404, as a registry without it answers), never proxied.
  "**":
    access: $all
    publish: nobody
web:
  enable: false
log: { type: stdout, format: pretty, level: error }
`;

/**
 * Starts Verdaccio on 127.0.0.1 at a free port (the OS picks it: no race with other tests),
 * with everything under `dir`, and creates its user through npm's login endpoint
 * (`PUT /-/user/org.couchdb.user:<name>`), which answers the token npm sends on publish.
 * @throws Error when Verdaccio cannot start or refuses the user.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  fs.mkdirSync(path.join(dir, "storage"), { recursive: true });
  const configFile = path.join(dir, "config.yaml");
  fs.writeFileSync(configFile, CONFIG(path.join(dir, "storage"), path.join(dir, "htpasswd")));
  const server: Server = await runServer(configFile);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  try {
    const res = await fetch(`${url}-/user/org.couchdb.user:rampart-ci`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "rampart-ci", password: `pw-${process.pid}-${Date.now()}` }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { token?: string; error?: string };
    if (!res.ok || !body.token) throw new Error(`Verdaccio refused the test user: ${res.status} ${body.error ?? ""}`);
    const hostPath = url.replace(/^https?:/, "");
    return { url, token: body.token, scopedNpmrc: `@rampart:registry=${url}\n${hostPath}:_authToken=${body.token}\n`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
