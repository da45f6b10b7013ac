/**
 * Values as the Pulumi engine puts them on the wire to an analyzer (protobuf `Struct`s built
 * from @pulumi/pulumi's runtime/rpc encoding):
 * - a value unknown during preview is the string `04da6b54-80e4-46f7-96ec-b56ff0331ba9`
 *   (`unknownValue` in @pulumi/pulumi runtime/rpc; the engine marshals every computed value so);
 * - a secret is `{"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "value": v}`.
 */

/** The engine's wire sentinel for a value unknown during preview. */
export const UNKNOWN_WIRE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** The signature key of special wire objects (secrets, assets, resource references). */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
/** The signature of a secret. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** A property value unknown during preview (for fixtures). */
export function unknown(): string {
  return UNKNOWN_WIRE;
}

/** A secret property value in wire form (for fixtures). */
export function secret<T>(value: T): { [SIG_KEY]: string; value: T } {
  return { [SIG_KEY]: SECRET_SIG, value };
}

/** Default stack and project names used to build fixture URNs. */
export const FIXTURE_STACK = "dev";
export const FIXTURE_PROJECT = "fixture";

/**
 * A URN as the engine builds it: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, where
 * the qualified type of a child is `<parent type>$<type>`.
 */
export function makeUrn(type: string, name: string, parentType?: string, stack = FIXTURE_STACK, project = FIXTURE_PROJECT): string {
  const qualified = parentType && parentType !== "pulumi:pulumi:Stack" ? `${parentType}$${type}` : type;
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** The type token of a URN (last type of its qualified type). */
export function typeOfUrn(urn: string): string {
  const parts = urn.split("::");
  const qualified = parts[2] ?? "";
  const types = qualified.split("$");
  return types[types.length - 1];
}

/** The name part of a URN. */
export function nameOfUrn(urn: string): string {
  const parts = urn.split("::");
  return parts.slice(3).join("::");
}
