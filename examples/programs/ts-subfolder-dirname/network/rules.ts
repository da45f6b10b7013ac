import * as fs from "fs";
import * as path from "path";
export function openRules() {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "open-rules.json"), "utf8"));
}
