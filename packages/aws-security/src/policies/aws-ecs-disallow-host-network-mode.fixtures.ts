import { fixtures } from "@rampart/policy-testing";
import { hostModeCases } from "../lib/ecs.fixtures-kit";

const HOST = { property: "networkMode", good: "awsvpc", message: 'networkMode is "host"', other: "aws:ecs/service:Service" };

export default fixtures(
  hostModeCases(HOST, ["awsvpc mode", "mode not set (bridge on EC2)", "host mode", "mode unknown during preview", "service is not a task definition"]),
);
