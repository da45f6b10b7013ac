/**
 * The standard fixture cases of the server firewall rule policies (`checkAzureServicesRule` and
 * `checkInternetRule` of ./ip-firewall) for Azure SQL, PostgreSQL and MySQL flexible servers, whose
 * `FirewallRule` resources share `startIpAddress` / `endIpAddress`.
 */
import { fixtures, unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";

/** A firewall rule of type `ruleType` from `start` to `end` on server db01. */
function rule(ruleType: string, startIpAddress: unknown, endIpAddress: unknown): FixtureResource {
  return { type: ruleType, props: { resourceGroupName: "rg", serverName: "db01", startIpAddress, endIpAddress } };
}

/** The not-applicable case: `otherType`, another resource of the service with the same link. */
function otherResource(otherType: string): Fixture {
  return {
    name: "another resource of the service",
    expect: "not-applicable",
    resource: { type: otherType, props: { resourceGroupName: "rg", serverName: "db01" } },
  };
}

/** The case every firewall rule policy passes: a rule for one office address. */
function officeAddress(ruleType: string): Fixture {
  return { name: "rule for one office address", expect: "pass", resource: rule(ruleType, "203.0.113.10", "203.0.113.10") };
}

/**
 * Cases of an "allow all Azure services" policy on `ruleType` rules: one address and 0.0.0.0 to
 * 255.255.255.255 pass, 0.0.0.0 to 0.0.0.0 violates, an unknown start address is unknown, and a
 * resource of `otherType` is not applicable.
 */
export function azureServicesRuleFixtures(ruleType: string, otherType: string): Fixture[] {
  return fixtures([
    officeAddress(ruleType),
    {
      name: "rule starting at 0.0.0.0 but wider is the internet policy's concern",
      expect: "pass",
      resource: rule(ruleType, "0.0.0.0", "255.255.255.255"),
    },
    {
      name: "allow all Azure services",
      expect: "violate",
      message: "startIpAddress and endIpAddress are 0.0.0.0",
      resource: rule(ruleType, "0.0.0.0", "0.0.0.0"),
    },
    { name: "start address unknown during preview", expect: "unknown", resource: rule(ruleType, unknown(), "0.0.0.0") },
    otherResource(otherType),
  ]);
}

/**
 * Cases of an "open to the internet" policy on `ruleType` rules: one address, a /16 and the
 * 0.0.0.0 Azure-services rule pass, every address and half the internet violate, an unknown end
 * address is unknown, and a resource of `otherType` is not applicable.
 */
export function internetRuleFixtures(ruleType: string, otherType: string): Fixture[] {
  return fixtures([
    officeAddress(ruleType),
    { name: "rule for a /16", expect: "pass", resource: rule(ruleType, "198.51.0.0", "198.51.255.255") },
    { name: "allow-Azure-services rule is another policy's concern", expect: "pass", resource: rule(ruleType, "0.0.0.0", "0.0.0.0") },
    { name: "rule for every address", expect: "violate", message: "spans more than a /8", resource: rule(ruleType, "0.0.0.0", "255.255.255.255") },
    { name: "rule for half the internet", expect: "violate", message: "almost any address", resource: rule(ruleType, "1.0.0.0", "126.255.255.255") },
    { name: "end address unknown during preview", expect: "unknown", resource: rule(ruleType, "0.0.0.0", unknown()) },
    otherResource(otherType),
  ]);
}
