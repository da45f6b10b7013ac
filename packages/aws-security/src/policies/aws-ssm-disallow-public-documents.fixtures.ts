import { fixtures, unknown } from "@rampart/policy-testing";

const D = "aws:ssm/document:Document";
const content = JSON.stringify({ schemaVersion: "2.2", description: "x", mainSteps: [] });

export default fixtures([
  { name: "private document", expect: "pass", resource: { type: D, props: { name: "doc", documentType: "Command", content } } },
  {
    name: "shared with one account",
    expect: "pass",
    resource: { type: D, props: { name: "doc", documentType: "Command", content, permissions: { type: "Share", accountIds: "111122223333" } } },
  },
  {
    name: "shared with all accounts",
    expect: "violate",
    message: 'permissions.accountIds is "all"',
    resource: { type: D, props: { name: "doc", documentType: "Command", content, permissions: { type: "Share", accountIds: "all" } } },
  },
  {
    name: "account list unknown during preview",
    expect: "unknown",
    resource: { type: D, props: { name: "doc", documentType: "Command", content, permissions: { type: "Share", accountIds: unknown() } } },
  },
  { name: "parameter is not a document", expect: "not-applicable", resource: { type: "aws:ssm/parameter:Parameter", props: {} } },
]);
