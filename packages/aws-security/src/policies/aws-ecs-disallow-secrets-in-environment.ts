import { awsEcs, msg } from "@rampart/policy-core";
import { knownContainers } from "../lib/ecs";
import { awsPolicy } from "../policy";

/** Variables Security Hub ECS.8 checks by exact name. */
const ECS8_NAMES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA"];

/**
 * Container `environment` variables whose NAME looks like a secret (password, secret, token,
 * key, credential) must not carry plain values: use `secrets` with `valueFrom` (Secrets Manager
 * or SSM Parameter Store) so the value is injected at start and never stored in the task
 * definition. Only names are reported, never values. Names that usually point at a secret
 * rather than hold one (`*_ARN`, `*_FILE`, `*_PATH`, ...) are ignored (`ignorePattern`).
 */
export default awsPolicy({
  name: "aws-ecs-disallow-secrets-in-environment",
  description: "ECS task definitions must not pass secrets as plain container environment variables.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Move the value to AWS Secrets Manager or SSM Parameter Store (SecureString) and reference it from the container definition\'s `secrets: [{ name: "DB_PASSWORD", valueFrom: <secret or parameter ARN> }]` instead of `environment`; grant the task execution role read access to it.',
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
  resourceTypes: awsEcs.TASK_DEFINITION_TYPES,
  config: {
    namePattern: {
      type: "string",
      description: "Case-insensitive regular expression for environment variable names that hold secrets.",
      default: "PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_DATA",
    },
    ignorePattern: {
      type: "string",
      description: "Case-insensitive regular expression for names that refer to a secret rather than hold it.",
      default: "(_ARN|_FILE|_PATH|_NAME|_URL|_ENDPOINT|_REGION|_ID|_TTL|_LENGTH|_HEADER)$",
    },
  },
  validateResource: ({ props, config }, report) => {
    const containers = knownContainers(props);
    if (!containers) return;
    const secretName = new RegExp(config.namePattern, "i");
    const ignore = new RegExp(config.ignorePattern, "i");
    containers.forEach((c, i) => {
      const env = Array.isArray(c.environment) ? c.environment : [];
      const hits: string[] = [];
      for (const e of env) {
        if (!e || typeof e !== "object" || Array.isArray(e) || typeof e.name !== "string") continue;
        const name = e.name;
        const exact = ECS8_NAMES.includes(name.toUpperCase());
        if (exact || (secretName.test(name) && !ignore.test(name))) hits.push(name);
      }
      if (hits.length) {
        report(
          msg`${awsEcs.containerLabel(c, i)} passes ${hits.map((h) => JSON.stringify(h)).join(", ")} as plain environment variable${hits.length > 1 ? "s" : ""}. Move the value${hits.length > 1 ? "s" : ""} to Secrets Manager or SSM Parameter Store and reference them with secrets[].valueFrom.`,
        );
      }
    });
  },
});
