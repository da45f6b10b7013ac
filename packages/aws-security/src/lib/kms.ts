/**
 * Customer managed KMS keys: the check shared by policies that want a resource encrypted with a
 * key of your own rather than the service's AWS managed key `alias/aws/<service>` (AWS KMS
 * concepts: "AWS managed keys" have aliases of the form aws/<service>, and their key policies
 * cannot be changed).
 */
import { peek, requireKnown, type Report } from "@rampart/policy-core";

/** True for the AWS managed key of `service` (`alias/aws/<service>`), as an alias name or alias ARN. */
export function isAwsManagedKey(key: unknown, service: string): boolean {
  const alias = `alias/aws/${service}`;
  return typeof key === "string" && (key === alias || key.endsWith(`:${alias}`));
}

/** What `checkCustomerManagedKey` checks. */
export interface CustomerManagedKeyCheck {
  /** Property path of the key (`kmsKeyId`, `kmsKeyArn`). */
  readonly path: string;
  /** The service of the AWS managed key to reject (`secretsmanager` for alias/aws/secretsmanager). */
  readonly service: string;
  /** Reported when the key is omitted or empty (the service then uses its AWS managed key). */
  readonly notSet: string;
  /** Reported when the key is the service's AWS managed key. */
  readonly awsManaged: string;
}

/**
 * Reports a key at `path` that is omitted, empty, or the AWS managed key of the service; a key
 * unknown during preview goes through `requireKnown`. Values of another type pass.
 */
export function checkCustomerManagedKey(props: unknown, c: CustomerManagedKeyCheck, report: Report): void {
  const key = peek<unknown>(props, c.path);
  if (key.state === "unknown") {
    requireKnown(props, c.path);
    return;
  }
  if (key.state === "absent" || key.value === "") report(c.notSet);
  else if (isAwsManagedKey(key.value, c.service)) report(c.awsManaged);
}
