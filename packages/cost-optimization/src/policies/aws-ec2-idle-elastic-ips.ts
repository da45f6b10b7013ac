import { isSet, peek, peekItems, type Peeked, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import type { PolicyResource } from "@pulumi/policy";

const EIP = "aws:ec2/eip:Eip";

/** Known allocation ids other resources point at (EipAssociation, NatGateway, load balancer subnet mappings). */
function usedAllocationIds(resources: readonly PolicyResource[]): { ids: Set<string>; unresolved: PolicyResource[] } {
  const ids = new Set<string>();
  const unresolved: PolicyResource[] = [];
  for (const r of resources) {
    if (r.type === EIP) continue;
    const refs: Peeked<unknown>[] = [peek<unknown>(r.props, "allocationId")];
    const mappings = peekItems<unknown>(r.props, "subnetMappings");
    for (const m of mappings.known) refs.push(peek<unknown>(m, "allocationId"));
    const secondary = peekItems<unknown>(r.props, "secondaryAllocationIds");
    for (const s of secondary.known) refs.push({ state: "known", value: s });
    // An unknown list (or list element) of references may hold an allocation id too.
    if (mappings.unknown || secondary.unknown) refs.push({ state: "unknown", path: mappings.unknown ? "subnetMappings" : "secondaryAllocationIds" });
    for (const ref of refs) {
      if (ref.state === "known" && typeof ref.value === "string") ids.add(ref.value);
      else if (ref.state === "unknown" && !(r.propertyDependencies && Object.keys(r.propertyDependencies).length)) {
        unresolved.push(r);
        break;
      }
    }
  }
  return { ids, unresolved };
}

/** Elastic IPs must be attached to something; an idle Elastic IP is billed per hour. */
export default costPolicy({
  name: "aws-ec2-idle-elastic-ips",
  description:
    "Elastic IPs are attached to an instance, network interface, NAT gateway, load balancer or association; every public IPv4 address is billed per hour, idle or not.",
  severity: "low",
  remediationSteps:
    "Attach the Elastic IP (instance, networkInterface, an aws.ec2.EipAssociation, a NAT gateway's allocationId or a load balancer's subnetMappings) or remove it.",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html",
  tags: ["network"],
  resourceTypes: [EIP],
  validateStack: ({ index, resources }, report) => {
    const { ids, unresolved } = usedAllocationIds(resources);
    for (const eip of index.ofType(EIP)) {
      if (isSet(eip.props, "instance") || isSet(eip.props, "networkInterface") || isSet(eip.props, "associateWithPrivateIp")) continue;
      // Anything whose inputs came from this EIP (an association, a NAT gateway, a load balancer) uses it.
      if (index.dependentsOf(eip.urn).length) continue;
      const keys = ["allocationId", "id"].map((k) => peek<unknown>(eip.props, k));
      if (keys.some((k) => k.state === "known" && typeof k.value === "string" && ids.has(k.value))) continue;
      if (unresolved.length || keys.some((k) => k.state === "unknown")) {
        if (unresolved.length)
          report.unknown(msg`Elastic IP "${eip.name}": "${unresolved[0].name}" refers to an allocation id that is not known yet and may be this one.`, eip.urn);
        continue;
      }
      report(
        msg`Elastic IP "${eip.name}" is not attached to anything in this stack. Attach it (instance, networkInterface, EipAssociation, NAT gateway) or remove it.`,
        eip.urn,
      );
    }
  },
});
