import { describe, expect, it } from "vitest";
import { renamedPolicies } from "./aliases";

describe("renamedPolicies", () => {
  it("maps each alias tag to the policy that carries it", () => {
    const info = {
      policies: [
        { name: "aws-s3-private", tags: ["cloud:aws", "alias:aws-s3-old", "alias:aws-s3-older"] },
        { name: "aws-ec2-x", tags: ["cloud:aws", "alias:"] },
      ],
    } as any;
    expect([...renamedPolicies(info)]).toEqual([
      ["aws-s3-old", "aws-s3-private"],
      ["aws-s3-older", "aws-s3-private"],
    ]);
  });
});
