import { peek, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

const DETECTOR = "aws:guardduty/detector:Detector";
const FEATURE = "aws:guardduty/detectorFeature:DetectorFeature";

/** Detector feature names (GuardDuty API DetectorFeatureConfiguration) this policy checks by default. */
const DEFAULT_FEATURES = [
  "S3_DATA_EVENTS",
  "EKS_AUDIT_LOGS",
  "EBS_MALWARE_PROTECTION",
  "RDS_LOGIN_EVENTS",
  "LAMBDA_NETWORK_LOGS",
  "RUNTIME_MONITORING",
  "EKS_RUNTIME_MONITORING",
];

/** Legacy `datasources` switches of the Detector and the feature each corresponds to. */
const DATASOURCES: [path: string, feature: string][] = [
  ["datasources.s3Logs.enable", "S3_DATA_EVENTS"],
  ["datasources.kubernetes.auditLogs.enable", "EKS_AUDIT_LOGS"],
  ["datasources.malwareProtection.scanEc2InstanceWithFindings.ebsVolumes.enable", "EBS_MALWARE_PROTECTION"],
];

/**
 * GuardDuty protection plans must not be turned off: an `aws.guardduty.DetectorFeature` of one of
 * the configured features with `status: "DISABLED"`, or a Detector's legacy `datasources` switch
 * set to false, is reported. Features not declared keep the account's settings and are not judged.
 */
export default awsPolicy<"aws-guardduty-require-protection-plans", { features: string[] }>({
  name: "aws-guardduty-require-protection-plans",
  description: "GuardDuty protection plans (S3, EKS, Malware Protection, RDS, Lambda, Runtime Monitoring) must not be disabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set status to "ENABLED" on the aws.guardduty.DetectorFeature (or remove the false datasources switch); remove a feature from this policy\'s "features" config if the account does not use that service.',
  url: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html",
  resourceTypes: [DETECTOR, FEATURE],
  config: {
    features: {
      type: "array",
      description: "GuardDuty detector feature names that must not be disabled.",
      items: { type: "string" },
      default: DEFAULT_FEATURES,
    },
  },
  validateResource: ({ type, props, config }, report) => {
    if (type === FEATURE) {
      const name = peekForVerdict<unknown>(props, "name");
      const status = peek<unknown>(props, "status");
      if (name.state !== "known" || typeof name.value !== "string" || !config.features.includes(name.value)) return;
      if (status.state === "unknown") requireKnown(props, "status");
      if (status.state === "known" && status.value === "DISABLED") {
        report(msg`Detector feature ${name.value} has status "DISABLED". Set status to "ENABLED".`);
      }
      return;
    }
    for (const [path, feature] of DATASOURCES) {
      if (!config.features.includes(feature)) continue;
      const v = peekForVerdict<unknown>(props, path);
      if (v.state === "known" && v.value === false)
        report(msg`${path} is false, which turns off ${feature}. Set it to true or use an aws.guardduty.DetectorFeature with status "ENABLED".`);
    }
  },
});
