/**
 * Shared vocabulary of rampart policies. Severity and enforcement level are the values
 * @pulumi/policy 1.21 defines (`Severity`, `EnforcementLevel` in its policy.d.ts).
 */

/** How bad a violation is. Same four values as @pulumi/policy's `Severity`. */
export type Severity = "low" | "medium" | "high" | "critical";

/**
 * What the Pulumi CLI does with a violation: `advisory` prints a warning, `mandatory` fails the
 * preview or update, `remediate` lets the policy fix the resource (a stack policy treats it as
 * mandatory), `disabled` skips the policy.
 */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** Clouds rampart packs cover; `multi` for policies that look across clouds. */
export type Cloud = "aws" | "azure" | "gcp" | "multi";

/** Severities from least to most severe; index order is used for `minSeverity` selection. */
export const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];

/** The four enforcement levels the Pulumi CLI accepts. */
export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/**
 * A compliance control a policy implements, e.g.
 * `{ framework: "aws-fsbp", version: "1.0.0", id: "S3.8" }` for the AWS Foundational Security
 * Best Practices control S3.8, or `{ framework: "cis-aws", version: "3.0.0", id: "2.1.4" }` for
 * the CIS AWS Foundations Benchmark v3.0.0 recommendation 2.1.4.
 */
export interface ComplianceControl {
  /** Short framework key, lower-case kebab (`aws-fsbp`, `cis-aws`). */
  framework: string;
  /** Framework version as published (`1.0.0`, `3.0.0`). */
  version: string;
  /** The control or recommendation id exactly as the framework prints it. */
  id: string;
  /** Optional link to the control's text. */
  reference?: string;
}

/**
 * JSON Schema for one configuration property of a policy, as the Pulumi CLI validates it
 * (draft-07 subset). `default` is required so every limit has a documented default.
 */
export interface ConfigPropertySchema<T = unknown> {
  type: "string" | "number" | "integer" | "boolean" | "array" | "object";
  description: string;
  default: T;
  items?: Record<string, unknown>;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  properties?: Record<string, unknown>;
  additionalProperties?: boolean | Record<string, unknown>;
  [keyword: string]: unknown;
}

/** A policy's configuration schema: one JSON-Schema property per setting, each with its default. */
export type ConfigSpec<C> = { [K in keyof C]: ConfigPropertySchema<C[K]> };

/**
 * A policy's configuration value cannot be used (an invalid pattern, a malformed tag spec). Thrown
 * inside a validate function, rampart reports it as one advisory finding for that policy instead
 * of letting the SDK fail the whole preview ("Error validating resource with policy ...").
 */
export class PolicyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyConfigError";
  }
}
