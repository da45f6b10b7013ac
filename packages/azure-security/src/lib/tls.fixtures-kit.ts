/**
 * The standard fixture cases of a "minimum TLS version must be 1.2" resource policy
 * (`checkValue` from ./checks with `tls12OrNewer` from ./tls and no `absent` message): Cosmos DB, Azure
 * Cache for Redis, Event Hubs and Service Bus namespaces, whose default minimum is already 1.2.
 */
import { fixtures, unknown, type Fixture } from "@rampart/policy-testing";

/** What varies between the minimum TLS version fixtures: the resource, the property and its spellings. */
export interface MinimumTlsCases {
  /** The resource type token. */
  type: string;
  /** A minimal resource's inputs, without the TLS property. */
  base: Record<string, unknown>;
  /** The TLS property (`minimumTlsVersion`). */
  path: string;
  /** Name of the case with the defaults (passes: the default is TLS 1.2). */
  defaults: string;
  /** The property's spellings of TLS 1.2, 1.0 and 1.1 ("1.2", or Cosmos DB's "Tls12", "Tls", "Tls11"). */
  versions: { v12: string; v10: string; v11: string };
  /** Name of the TLS 1.2 pass case (default "TLS 1.2"). */
  v12Name?: string;
  /** An extra TLS 1.0 violation case that checks how the message explains it (stale or retired value). */
  retired?: { name: string; message: string };
  /** The not-applicable case. */
  notApplicable: Fixture;
}

/**
 * The cases, in this order: defaults and TLS 1.2 pass; TLS 1.0 and TLS 1.1 violate (`<path> is
 * "<value>"`), then the `retired` case if given; an unknown version is unknown; the not-applicable case.
 */
export function minimumTlsFixtures(c: MinimumTlsCases): Fixture[] {
  const { type, base, path } = c;
  const { v12, v10, v11 } = c.versions;
  const at = (v: unknown) => ({ type, props: { ...base, [path]: v } });
  return fixtures([
    { name: c.defaults, expect: "pass", resource: { type, props: base } },
    { name: c.v12Name ?? "TLS 1.2", expect: "pass", resource: at(v12) },
    { name: "TLS 1.0", expect: "violate", message: `${path} is "${v10}"`, resource: at(v10) },
    { name: "TLS 1.1", expect: "violate", message: `${path} is "${v11}"`, resource: at(v11) },
    ...(c.retired ? [{ name: c.retired.name, expect: "violate" as const, message: c.retired.message, resource: at(v10) }] : []),
    { name: "version unknown during preview", expect: "unknown", resource: at(unknown()) },
    c.notApplicable,
  ]);
}
