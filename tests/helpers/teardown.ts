type Closable =
  | { stop(): unknown }
  | { close(): unknown }
  | { destroy(): unknown }
  | null
  | undefined;

/**
 * Closes what a test file opened, one after another in the order given (a server before the
 * database it serves, a mail worker before its sink). Whatever never opened, because the setup
 * failed first, is passed over, so that the setup's own error is the one reported.
 */
export async function closeAll(...things: Closable[]): Promise<void> {
  for (const x of things) {
    if (!x) continue;
    if ("stop" in x) await x.stop();
    else if ("close" in x) await x.close();
    else await x.destroy();
  }
}
