/**
 * Analyze responses encoded with the not-applicable entries taken from a cache.
 *
 * The engine protocol asks a pack to name every policy that does not apply to a resource
 * (AnalyzeResponse field 3, `repeated PolicyNotApplicable not_applicable`: policy name and
 * reason). For a pack of single-type policies that is one entry per policy of another type, about
 * 90 per resource for aws-security, with the same names and reasons for every resource of a type;
 * a CPU profile of aws-security answering 5,000 Analyze requests (2026-12-04) put the encoding of
 * those entries among the largest costs per resource. `cachedNotApplicableService` gives the
 * service definition an Analyze response serializer that encodes the diagnostics (field 2) with
 * the generated code and appends each not-applicable entry's encoding from a cache keyed by its
 * name and reason: the same bytes as the generated `serializeBinary` (field 2 entries, then
 * field 3 entries, each entry's fields in order; pulumi/proto/analyzer.proto), which a
 * policy-core test compares.
 */

/** The generated AnalyzeResponse class (the parts used here). */
interface AnalyzeResponseClass {
  new (): AnalyzeResponseLike;
}

interface AnalyzeResponseLike {
  getNotApplicableList(): NotApplicableLike[];
  setNotApplicableList(list: NotApplicableLike[]): void;
  serializeBinary(): Uint8Array;
}

interface NotApplicableLike {
  getPolicyName(): string;
  getReason(): string;
}

interface MethodDefinition {
  responseSerialize: (value: unknown) => Buffer;
  [k: string]: unknown;
}

/** Most distinct entries kept (a pack has a few hundred policies and a few reasons each). */
const MAX_ENTRIES = 20_000;

/**
 * `service` with an Analyze response serializer that takes not-applicable entries from a cache
 * (see the module comment). Returns `service` itself when it has no Analyze method. Does not
 * modify `service`.
 *
 * @param service the Analyzer service definition @pulumi/policy registers.
 * @param AnalyzeResponse the generated `pulumirpc.AnalyzeResponse` class the SDK builds responses with.
 */
export function cachedNotApplicableService<T extends object>(service: T, AnalyzeResponse: AnalyzeResponseClass): T {
  const method = (service as Record<string, unknown>).analyze as MethodDefinition | undefined;
  if (!method || typeof method.responseSerialize !== "function") return service;
  const original = method.responseSerialize;
  const cache = new Map<string, Buffer>();
  const entryBytes = (na: NotApplicableLike): Buffer => {
    const key = `${na.getPolicyName()}\u0000${na.getReason()}`;
    let bytes = cache.get(key);
    if (!bytes) {
      const one = new AnalyzeResponse();
      one.setNotApplicableList([na]);
      bytes = Buffer.from(one.serializeBinary());
      if (cache.size < MAX_ENTRIES) cache.set(key, bytes);
    }
    return bytes;
  };
  const responseSerialize = (value: unknown): Buffer => {
    if (!(value instanceof AnalyzeResponse)) return original(value);
    const resp = value as AnalyzeResponseLike;
    const list = resp.getNotApplicableList();
    if (list.length === 0) return original(value);
    resp.setNotApplicableList([]);
    let head: Buffer;
    try {
      head = original(value);
    } finally {
      resp.setNotApplicableList(list);
    }
    const parts = [head];
    for (const na of list) parts.push(entryBytes(na));
    return Buffer.concat(parts);
  };
  return { ...(service as Record<string, unknown>), analyze: { ...method, responseSerialize } } as T;
}
