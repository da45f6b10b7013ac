import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const base = { clusterName: "cache", nodeType: "dax.r5.large", replicationFactor: 3, iamRoleArn: "arn:aws:iam::111122223333:role/dax" };

export default propertyFixtures("aws:dax/cluster:Cluster", base, "serverSideEncryption.enabled", [
  ["encrypted DAX cluster", "pass", true],
  ["encryption omitted", "violate", OMITTED, "serverSideEncryption.enabled is not true"],
  ["encryption unknown", "unknown", unknown()],
]);
