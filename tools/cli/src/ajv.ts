/**
 * One configured JSON-schema validator (ajv, draft-07, with ajv-formats) and a one-line
 * rendering of its first error.
 */
import Ajv, { ErrorObject } from "ajv";
import addFormats from "ajv-formats";

/** A new ajv instance: all formats, non-strict (policy schemas may use keywords ajv does not know). */
export function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

/**
 * The first error as `<path>: <message>`; `path` uses dots and [i] (`exemptions[2].reason`),
 * and a missing required property is named in the path.
 */
export function firstError(errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return "invalid";
  let p = e.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join("")
    .replace(/^\./, "");
  let msg = e.message ?? "is invalid";
  if (e.keyword === "required") {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    p = p ? `${p}.${missing}` : missing;
    msg = "is required";
  } else if (e.keyword === "additionalProperties") {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    p = p ? `${p}.${extra}` : extra;
    msg = "is not allowed here";
  } else if (e.keyword === "enum") {
    msg = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return `${p || "(top level)"} ${msg}`;
}
