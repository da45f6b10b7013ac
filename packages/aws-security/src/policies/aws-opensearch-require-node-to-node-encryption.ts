import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * OpenSearch domains must encrypt traffic between nodes. Applies to `aws:opensearch/domain:Domain` and the legacy `aws:elasticsearch/domain:Domain` (same property
 * names). `nodeToNodeEncryption.enabled` defaults to false when the block is absent (types/input.d.ts `opensearch.DomainNodeToNodeEncryption`).
 */
export default awsPolicy({
  name: "aws-opensearch-require-node-to-node-encryption",
  description: "OpenSearch domains must encrypt traffic between nodes.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `nodeToNodeEncryption: { enabled: true }` (needs OpenSearch or Elasticsearch 6.0+).",
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  validateResource: ({ props }, report) => {
    const v = peek<boolean>(props, "nodeToNodeEncryption.enabled");
    if (v.state === "unknown") requireKnown(props, "nodeToNodeEncryption.enabled");
    if (v.state === "absent")
      report("nodeToNodeEncryption is not set, so traffic between nodes is not encrypted (the default is off). Set nodeToNodeEncryption.enabled to true.");
    else if (v.state === "known" && v.value !== true) report("nodeToNodeEncryption.enabled is false. Set it to true.");
  },
});
