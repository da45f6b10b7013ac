/**
 * A stand-in for the part of the Pulumi Cloud REST API that `pulumi login`, `pulumi policy ls`,
 * `pulumi policy publish` and `pulumi policy enable` call, on loopback, so the real CLI can be
 * driven end to end without Pulumi Cloud. Endpoints and shapes read in the CLI's source,
 * github.com/pulumi/pulumi/pkg/v3 v3.274.1 (pkg/backend/httpstate/client/client.go,
 * pkg/backend/httpstate/policypack.go, pkg/cmd/pulumi/policy/policy_{list,publish,enable}.go) and
 * the Cloud SDK's apitype (pulumi-cloud-sdk/go apitype):
 *
 * - `GET /api/user` (login; `Authorization: token <t>`) → `{githubLogin, organizations: [{githubLogin}]}`
 * - `GET /api/orgs/{org}/policypacks` → `{policyPacks: [{name, displayName, versions: [n], versionTags: [v]}]}`
 * - `POST /api/orgs/{org}/policypacks` with `{name, versionTag, policies, runtime, ...}` →
 *   `{version, uploadURI, requiredHeaders}`; then the CLI `PUT`s the `npm pack` tarball to
 *   `uploadURI` (it ignores that answer's status) and `POST`s
 *   `/api/orgs/{org}/policypacks/{name}/versions/{version}/complete`; then it reads the version
 *   back with `GET /api/orgs/{org}/policypacks/{name}/versions/{version}`.
 * - `PATCH /api/orgs/{org}/policygroups/{group}` with `{addPolicyPack: {name, versionTag}}`, then
 *   `GET` of the same path (the group as `{name, isOrgDefault, entityType, mode, stacks,
 *   appliedPolicyPacks, accounts}`).
 *
 * A version that exists is refused with 400, as the service does ("... already exists"); a
 * version can never be republished. Errors are `{code, message}` (apitype.ErrorResponse), which
 * the CLI prints as `[code] message`. Anything else is answered 404 and recorded, so a test can
 * see a call it does not know.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** One version of a policy pack in an organization. */
export interface StoredVersion {
  name: string;
  versionTag: string;
  /** The service's version number (1, 2, ...) per pack. */
  version: number;
  /** The CLI's `CreatePolicyPackRequest` (policies, runtime, description, ...). */
  request: Record<string, any>;
  /** The uploaded tarball (`npm pack` output); undefined for a seeded version. */
  archive?: Buffer;
  /** Set by the `complete` call (or when seeded): only complete versions are listed. */
  complete: boolean;
}

/** A request the stand-in saw. */
export interface SeenRequest {
  method: string;
  path: string;
  status: number;
}

/**
 * A failure to inject: the next `times` requests matching `method`, `path` and (when given)
 * `match` on the JSON body get `status`.
 */
export interface InjectedFailure {
  method: string;
  path: RegExp;
  match?: (body: any) => boolean;
  status: number;
  message: string;
  times: number;
}

const json = (res: http.ServerResponse, status: number, body?: unknown) => {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
};

const STATUS_TEXT: Record<number, string> = { 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 409: "Conflict", 503: "Service Unavailable" };

/** The stand-in service. Start it with {@link PolicyCloud.start}. */
export class PolicyCloud {
  readonly requests: SeenRequest[] = [];
  readonly failures: InjectedFailure[] = [];
  /** org → pack name → versions. */
  readonly packs = new Map<string, Map<string, StoredVersion[]>>();
  /** `${org}/${group}` → enabled packs (name → version tag). */
  readonly groups = new Map<string, Map<string, string>>();
  private server!: http.Server;
  url = "";

  private constructor(
    private readonly token: string,
    private readonly orgs: readonly string[],
    private readonly user: string,
  ) {
    for (const org of orgs) {
      this.packs.set(org, new Map());
      this.groups.set(`${org}/default-policy-group`, new Map());
    }
  }

  /**
   * Starts the service on 127.0.0.1 at a free port. Only `token` is accepted; the user belongs to
   * `orgs`, each with its default policy group.
   */
  static async start(opts: { token: string; orgs: readonly string[]; user?: string }): Promise<PolicyCloud> {
    const cloud = new PolicyCloud(opts.token, opts.orgs, opts.user ?? "rampart-ci");
    cloud.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        try {
          cloud.handle(req, Buffer.concat(chunks), res);
        } catch (e) {
          json(res, 500, { code: 500, message: `stand-in error: ${(e as Error).message}` });
        }
      });
    });
    await new Promise<void>((resolve, reject) => {
      cloud.server.once("error", reject);
      cloud.server.listen(0, "127.0.0.1", () => resolve());
    });
    cloud.url = `http://127.0.0.1:${(cloud.server.address() as AddressInfo).port}`;
    return cloud;
  }

  /** Adds a policy group (the service's groups exist before anything is enabled in them). */
  addGroup(org: string, group: string): void {
    this.groups.set(`${org}/${group}`, new Map());
  }

  /** Puts a complete version in the organization, as an earlier publish would have. */
  hold(org: string, name: string, versionTag: string): void {
    const versions = this.versionsOf(org, name);
    versions.push({ name, versionTag, version: versions.length + 1, request: { name, versionTag, policies: [] }, complete: true });
  }

  /** Versions of a pack (created on first use). */
  versionsOf(org: string, name: string): StoredVersion[] {
    const byName = this.packs.get(org);
    if (!byName) throw new Error(`unknown org ${org}`);
    if (!byName.has(name)) byName.set(name, []);
    return byName.get(name)!;
  }

  /** Requests since `from` (an index into {@link requests}) matching `method` and `path`. */
  seen(method: string, path: RegExp, from = 0): SeenRequest[] {
    return this.requests.slice(from).filter((r) => r.method === method && path.test(r.path));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    const path = url.pathname;
    const reply = (status: number, payload?: unknown) => {
      this.requests.push({ method, path, status });
      json(res, status, payload);
    };
    const fail = (status: number, message: string) => reply(status, { code: status, message: `${STATUS_TEXT[status] ?? "Error"}: ${message}` });

    const parsed = () => {
      try {
        return body.length ? JSON.parse(body.toString("utf8")) : undefined;
      } catch {
        return undefined;
      }
    };
    const injected = this.failures.find((f) => f.times > 0 && f.method === method && f.path.test(path) && (!f.match || f.match(parsed())));
    if (injected) {
      injected.times--;
      return fail(injected.status, injected.message);
    }

    // The presigned upload URL: no API token, as with object storage.
    let m = /^\/upload\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
    if (m && method === "PUT") {
      const v = this.find(m[1], decodeURIComponent(m[2]), decodeURIComponent(m[3]));
      if (!v || url.searchParams.get("signature") !== this.signature(m[1], m[2], m[3])) return fail(403, "bad upload signature");
      v.archive = body;
      return reply(200);
    }

    if (req.headers.authorization !== `token ${this.token}`) return fail(401, "missing or invalid access token");
    const request = parsed();

    if (path === "/api/user" && method === "GET") {
      return reply(200, {
        githubLogin: this.user,
        name: this.user,
        avatarUrl: "",
        organizations: this.orgs.map((o) => ({ githubLogin: o, name: o, avatarUrl: "" })),
      });
    }
    if (path === "/api/capabilities" && method === "GET") return reply(200, { capabilities: [] });

    m = /^\/api\/orgs\/([^/]+)\/(.*)$/.exec(path);
    if (!m || !this.packs.has(m[1])) return fail(404, `no route ${method} ${path}`);
    const org = m[1];
    const rest = m[2].split("/").map(decodeURIComponent);

    if (rest[0] === "policypacks" && rest.length === 1 && method === "GET") {
      const policyPacks = [...this.packs.get(org)!].flatMap(([name, versions]) => {
        const done = versions.filter((v) => v.complete);
        return done.length ? [{ name, displayName: name, versions: done.map((v) => v.version), versionTags: done.map((v) => v.versionTag) }] : [];
      });
      return reply(200, { policyPacks });
    }
    if (rest[0] === "policypacks" && rest.length === 1 && method === "POST") {
      const { name, versionTag } = request ?? {};
      if (typeof name !== "string" || !/^[a-zA-Z0-9-_.]{1,100}$/.test(name)) return fail(400, "invalid policy pack name");
      if (typeof versionTag !== "string" || !versionTag) return fail(400, "a version tag is required");
      const versions = this.versionsOf(org, name);
      const existing = versions.find((v) => v.versionTag === versionTag);
      if (existing?.complete) return fail(400, `Policy Pack: ${name}, Version Tag: ${versionTag} already exists`);
      // An unfinished publish (no `complete`) of the same version is replaced, as a retry would.
      if (existing) versions.splice(versions.indexOf(existing), 1);
      const stored: StoredVersion = { name, versionTag, version: versions.length + 1, request, complete: false };
      versions.push(stored);
      const enc = [org, name, versionTag].map(encodeURIComponent) as [string, string, string];
      return reply(201, {
        version: stored.version,
        uploadURI: `${this.url}/upload/${enc.join("/")}?signature=${this.signature(...enc)}`,
        requiredHeaders: { "Content-Type": "application/gzip" },
      });
    }
    if (rest[0] === "policypacks" && rest.length === 5 && rest[2] === "versions" && rest[4] === "complete" && method === "POST") {
      const v = this.find(org, rest[1], rest[3]);
      if (!v) return fail(404, `policy pack ${rest[1]} version ${rest[3]} not found`);
      if (!v.archive?.length) return fail(400, `policy pack ${rest[1]} version ${rest[3]} has no uploaded archive`);
      v.complete = true;
      return reply(204);
    }
    if (rest[0] === "policypacks" && rest.length === 4 && rest[2] === "versions" && method === "GET") {
      const v = this.find(org, rest[1], rest[3]);
      if (!v?.complete) return fail(404, `policy pack ${rest[1]} version ${rest[3]} not found`);
      const applied = [...this.groups].some(([k, packs]) => k.startsWith(`${org}/`) && packs.get(v.name) === v.versionTag);
      return reply(200, { name: v.name, displayName: v.name, version: v.version, versionTag: v.versionTag, policies: v.request.policies ?? [], applied });
    }
    if (rest[0] === "policygroups" && rest.length === 2) {
      const group = this.groups.get(`${org}/${rest[1]}`);
      if (!group) return fail(404, `policy group ${rest[1]} not found`);
      if (method === "PATCH") {
        const add = request?.addPolicyPack;
        if (!add || typeof add.name !== "string") return fail(400, "only addPolicyPack is supported by this stand-in");
        const done = (this.packs.get(org)!.get(add.name) ?? []).filter((v) => v.complete);
        const v = add.versionTag ? done.find((x) => x.versionTag === add.versionTag) : done.at(-1);
        if (!v) return fail(404, `policy pack ${add.name} version ${add.versionTag || "latest"} not found`);
        group.set(v.name, v.versionTag);
        return reply(204);
      }
      if (method === "GET") {
        return reply(200, {
          name: rest[1],
          isOrgDefault: rest[1] === "default-policy-group",
          entityType: "stacks",
          mode: "audit",
          stacks: [],
          accounts: [],
          appliedPolicyPacks: [...group].map(([name, versionTag]) => ({
            name,
            displayName: name,
            version: this.find(org, name, versionTag)?.version ?? 0,
            versionTag,
          })),
        });
      }
    }
    return fail(404, `no route ${method} ${path}`);
  }

  private find(org: string, name: string, versionTag: string): StoredVersion | undefined {
    return this.packs
      .get(org)
      ?.get(name)
      ?.find((v) => v.versionTag === versionTag);
  }

  private signature(...parts: string[]): string {
    return Buffer.from(`${this.token}:${parts.join("/")}`).toString("base64url");
  }
}
