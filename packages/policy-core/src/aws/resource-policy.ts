/**
 * Resource-based policies (SQS queue, SNS topic, ECR repository, OpenSearch domain, EFS file
 * system, Backup vault policies): which statements open the resource to everyone.
 *
 * A statement is public when it is `Allow` with principal `"*"` or `{"AWS": "*"}` and no
 * restricting condition (see `allowsPublicAccess` in policy-document.ts; same notion as IAM
 * Access Analyzer and Security Hub controls SQS.3, SNS.4, Opensearch.2). Unknown parts of a
 * document (during preview) never make a statement public; they are reported through
 * `unknown` so a policy can raise the preview advisory instead.
 */
import { allowsPublicAccess, policyDocumentAt } from "../policy-document";

/** One public statement: its index in `Statement` and its `Sid` when it has one. */
export interface PublicStatement {
  index: number;
  sid?: string;
}

/** Result of `publicStatements`. */
export interface PublicStatementsResult {
  /** `absent`: no document; `unknown`: the whole document is unknown; `invalid`: not JSON. */
  state: "absent" | "unknown" | "invalid" | "known";
  /** Statements that allow anyone. */
  public: PublicStatement[];
  /** True when the document, or a statement of it, is unknown during preview. */
  unknown: boolean;
}

/**
 * The public statements of the policy document at `path` of `props` (a JSON string or an
 * object, as the resource's input). Never throws.
 */
export function publicStatements(props: unknown, path: string): PublicStatementsResult {
  const doc = policyDocumentAt(props, path);
  if (doc.state === "absent" || doc.state === "invalid") return { state: doc.state, public: [], unknown: false };
  if (doc.state === "unknown") return { state: "unknown", public: [], unknown: true };
  const hits: PublicStatement[] = [];
  doc.statements.forEach((s, index) => {
    if (allowsPublicAccess(s)) hits.push(s.sid ? { index, sid: s.sid } : { index });
  });
  return { state: "known", public: hits, unknown: doc.hasUnknown };
}

/** `Statement[0]` or `Statement[0] (Sid "x")`, for messages. */
export function statementLabel(s: PublicStatement): string {
  return s.sid ? `Statement[${s.index}] (Sid ${JSON.stringify(s.sid)})` : `Statement[${s.index}]`;
}
