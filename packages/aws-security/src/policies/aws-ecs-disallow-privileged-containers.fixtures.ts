import { fixtures, unknown } from "@rampart/policy-testing";
import { td } from "../lib/ecs.fixtures-kit";

export default fixtures([
  { name: "unprivileged container", expect: "pass", resource: td([{ name: "web", image: "nginx", privileged: false }]) },
  { name: "privileged not set", expect: "pass", resource: td([{ name: "web", image: "nginx" }]) },
  {
    name: "second container privileged",
    expect: "violate",
    message: 'containerDefinitions[1] ("agent") sets privileged: true',
    resource: td([
      { name: "web", image: "nginx" },
      { name: "agent", image: "datadog/agent", privileged: true },
    ]),
  },
  { name: "container definitions unknown during preview", expect: "unknown", resource: td(unknown()) },
  { name: "invalid JSON is left to the provider", expect: "pass", resource: td("[{") },
  { name: "service is not a task definition", expect: "not-applicable", resource: { type: "aws:ecs/service:Service", props: {} } },
]);
