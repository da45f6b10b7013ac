// The bench's baseline pack: what every policy pack pays (the @pulumi/policy SDK, @pulumi/pulumi,
// the gRPC server, per-request deserialization) with one trivial resource policy and nothing else.
"use strict";
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("bare", {
  policies: [
    {
      name: "bare-trivial",
      description: "Reports nothing; reads one property so the SDK deserializes every resource.",
      enforcementLevel: "advisory",
      validateResource: (args, reportViolation) => {
        if (args.props.__never === true) reportViolation("never");
      },
    },
  ],
});
