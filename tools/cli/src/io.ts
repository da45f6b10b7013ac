/** Where the CLI writes, so tests can run it in process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  exitCode: number;
  /** Whether stderr is a terminal (progress is drawn only then); absent means no. */
  stderrIsTTY?: boolean;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    exitCode: 0,
    stderrIsTTY: !!process.stderr.isTTY,
  };
}
