/** Writing report files atomically: a temp file in the same folder, then rename. */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../errors";

/**
 * Writes `text` to `file` so readers see the old file or the whole new one, never a part:
 * writes `<file>.<pid>.<random>.tmp` next to it, fsyncs, renames over `file`.
 * @throws InputError when the folder does not exist or is not writable.
 */
export function writeFileAtomic(file: string, text: string): void {
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const fd = fs.openSync(tmp, "w", 0o644);
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
