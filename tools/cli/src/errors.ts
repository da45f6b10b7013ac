/**
 * Errors the CLI reports as one line with exit code 2 (bad usage or bad input), never a stack
 * trace.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Exit codes: 0 clean, 1 a violation at or above `--fail-on`, 2 usage or input error. */
export const EXIT = { ok: 0, violations: 1, input: 2 } as const;
