// @ts-check
/* global module, require */
/** rampart's local nx plugin. Generators are listed in ../generators.json. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { policyGenerator } = require("./policy/generator");

module.exports = { policyGenerator };
