/** @rampart/cli as a library: run the CLI in process, or use its check and report functions. */
export { main, buildProgram } from "./cli";
export { runCheck } from "./check";
export type { CheckResult, Violation } from "./check";
export { loadInput } from "./inputs";
export type { CheckInput } from "./inputs";
export { resolvePacks, KNOWN_PACKS } from "./packs";
export { renderText } from "./report/text";
export { InputError, EXIT } from "./errors";
