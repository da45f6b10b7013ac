/**
 * Server parameters of PostgreSQL and MySQL flexible servers, set with
 * `azure-native:dbforpostgresql:Configuration` / `azure-native:dbformysql:Configuration`
 * (`configurationName` is the parameter, `value` its value) and linked to the server by
 * `serverName`. A Configuration with a bad value is a violation; a server with no Configuration of
 * the parameter in the stack is judged by the service default (advisory when the default is bad).
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek, type StackIndex, type StackReport } from "@rampart/policy-core";
import { checkCompanions, type CompanionVerdict } from "./companions";
import { configurationType, flexibleServerType, serverLink, type FlexibleEngine } from "./servers";

/** One server parameter rule. */
export interface ServerParameterSpec {
  /** The flexible-server module: its `Server` and `Configuration` are the resources checked. */
  engine: FlexibleEngine;
  /** The parameter name (`require_secure_transport`), compared case-insensitively. */
  parameter: string;
  /** Whether a value is acceptable. */
  ok(value: string): boolean;
  /** Whether the service default is acceptable (a server without the Configuration passes). */
  defaultOk: boolean;
  /** Violation message for a Configuration with a bad value. */
  bad: string;
  /** Advisory message for a server without the Configuration, when the default is not acceptable. */
  missing?: string;
}

/** The resource types a server parameter policy of `engine` applies to: the server and its Configuration. */
export function serverParameterTypes(engine: FlexibleEngine): string[] {
  return [flexibleServerType(engine), configurationType(engine)];
}

/** "on"/"off" parameters: whether the value turns the feature on. */
export function isOn(value: string): boolean {
  return ["on", "true", "1"].includes(value.trim().toLowerCase());
}

/** Judges one Configuration for `spec` (undefined when it sets another parameter). */
function verdictOf(spec: ServerParameterSpec, c: PolicyResource): CompanionVerdict {
  const name = peek<string>(c.props, "configurationName");
  if (name.state === "unknown") return "unknown";
  if (name.state !== "known" || String(name.value).toLowerCase() !== spec.parameter.toLowerCase()) return undefined;
  const value = peek<string>(c.props, "value");
  if (value.state === "unknown") return "unknown";
  if (value.state === "absent") return spec.defaultOk ? "ok" : "bad";
  return spec.ok(String(value.value)) ? "ok" : "bad";
}

/** Runs a server parameter rule over the stack (see the module comment). */
export function checkServerParameter(index: StackIndex, report: StackReport, spec: ServerParameterSpec): void {
  checkCompanions(index, report, {
    ...serverLink(flexibleServerType(spec.engine), [configurationType(spec.engine)]),
    verdict: (c) => verdictOf(spec, c),
    bad: () => spec.bad,
    missing: spec.defaultOk ? undefined : spec.missing,
  });
}
