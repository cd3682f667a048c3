import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error fails the test that caused it (DESIGN.md conventions).
// A test that expects one wraps the code in `allowConsoleError(() => ...)`.
let errors: unknown[][] = [];
let spy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if ((globalThis as { __allowConsoleError?: boolean }).__allowConsoleError) return;
    errors.push(args);
  });
});

afterEach(() => {
  spy?.mockRestore();
  if (errors.length) {
    const first = errors[0].map((a) => (a instanceof Error ? a.stack : String(a))).join(" ");
    errors = [];
    throw new Error(`unexpected console.error: ${first}`);
  }
});

export async function allowConsoleError<T>(fn: () => T | Promise<T>): Promise<T> {
  (globalThis as { __allowConsoleError?: boolean }).__allowConsoleError = true;
  try {
    return await fn();
  } finally {
    (globalThis as { __allowConsoleError?: boolean }).__allowConsoleError = false;
  }
}
