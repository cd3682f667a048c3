// One rule for a create form sent twice (decision 641): a double click, a browser resending the
// form after a timeout, the back button and "submit" once more. The same request, fair or message
// created again by the same person within this window is the one already made. Pure: the caller
// reads the clock and passes it in (app/modules/clock.ts).
export const RESUBMIT_WINDOW_MS = 10 * 60_000;

/** The instant from which a create counts as the same one sent again, as ISO text. */
export function resubmitSince(now: Date): string {
  return new Date(now.getTime() - RESUBMIT_WINDOW_MS).toISOString();
}
