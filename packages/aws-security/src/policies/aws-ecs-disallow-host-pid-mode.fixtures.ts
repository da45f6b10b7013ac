import { fixtures } from "@rampart/policy-testing";
import { hostModeCases } from "../lib/ecs.fixtures-kit";

const HOST = { property: "pidMode", good: "task", message: 'pidMode is "host"', other: "aws:ecs/taskSet:TaskSet" };

export default fixtures(
  hostModeCases(HOST, ["task pid namespace", "pid mode not set", "host pid mode", "pid mode unknown during preview", "task set is not a task definition"]),
);
