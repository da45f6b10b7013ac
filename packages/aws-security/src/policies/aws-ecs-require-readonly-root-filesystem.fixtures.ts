import { fixtures, unknown } from "@rampart/policy-testing";
import { td } from "../lib/ecs.fixtures-kit";

export default fixtures([
  { name: "read-only root filesystem", expect: "pass", resource: td([{ name: "web", image: "nginx", readonlyRootFilesystem: true }]) },
  {
    name: "read-only flag not set",
    expect: "violate",
    message: 'containerDefinitions[0] ("web") does not set readonlyRootFilesystem: true',
    resource: td([{ name: "web", image: "nginx" }]),
  },
  {
    name: "read-only flag false",
    expect: "violate",
    message: "does not set readonlyRootFilesystem: true",
    resource: td([
      { name: "web", image: "nginx", readonlyRootFilesystem: true },
      { name: "side", image: "x", readonlyRootFilesystem: false },
    ]),
  },
  { name: "container definitions unknown during preview", expect: "unknown", resource: td(unknown()) },
  { name: "cluster is not a task definition", expect: "not-applicable", resource: { type: "aws:ecs/cluster:Cluster", props: {} } },
]);
