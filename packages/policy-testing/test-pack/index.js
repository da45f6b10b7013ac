const { createPolicyPack } = require("@rampart/policy-core");
const { sizeCap, oneVpc } = require("./policies");

createPolicyPack("harness-test-pack", { policies: [sizeCap, oneVpc] });
