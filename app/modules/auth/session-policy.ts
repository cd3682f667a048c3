// Session lifetime policy (ADR 021), as data and pure functions: the clock is always passed in.

/** A session unused for this long ends (the next request finds it dead and deletes it). */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** However active, a session ends this long after the login that created it. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * last_seen_at is written at most this often per session, so that page views do not all turn
 * into writes; idle time is therefore measured to within a minute.
 */
export const SESSION_TOUCH_MS = 60 * 1000;

export type SessionState = "active" | "idle" | "expired";

export function sessionState(s: { lastSeenAt: string; expiresAt: string }, now: number): SessionState {
  if (Date.parse(s.expiresAt) <= now) return "expired";
  if (now - Date.parse(s.lastSeenAt) >= SESSION_IDLE_MS) return "idle";
  return "active";
}

export function needsTouch(lastSeenAt: string, now: number): boolean {
  return now - Date.parse(lastSeenAt) >= SESSION_TOUCH_MS;
}

/** What people call the device a session runs on, read from its User-Agent (null parts unknown). */
export function describeDevice(userAgent: string | null | undefined): {
  browser: string | null;
  os: string | null;
} {
  const ua = userAgent ?? "";
  // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
  const browser = /\bEdg(e|A|iOS)?\//.test(ua)
    ? "Edge"
    : /\b(OPR|Opera)\//.test(ua)
      ? "Opera"
      : /\bSamsungBrowser\//.test(ua)
        ? "Samsung Internet"
        : /\bCocCoc\b|coc_coc_browser/i.test(ua)
          ? "Cốc Cốc"
          : /\b(Firefox|FxiOS)\//.test(ua)
            ? "Firefox"
            : /\b(Chrome|CriOS|Chromium|HeadlessChrome)\//.test(ua)
              ? "Chrome"
              : /\bVersion\/[\d.]+.*Safari\//.test(ua)
                ? "Safari"
                : /^curl\//.test(ua)
                  ? "curl"
                  : null;
  const os = /\biPhone\b/.test(ua)
    ? "iPhone"
    : /\biPad\b/.test(ua)
      ? "iPad"
      : /\bAndroid\b/.test(ua)
        ? "Android"
        : /\bWindows\b/.test(ua)
          ? "Windows"
          : /\bMac OS X\b|\bMacintosh\b/.test(ua)
            ? "macOS"
            : /\bCrOS\b/.test(ua)
              ? "ChromeOS"
              : /\bLinux\b/.test(ua)
                ? "Linux"
                : null;
  return { browser, os };
}

/** How long ago, in the unit people use: for "5 minutes ago", "yesterday"-style wording. */
export function elapsed(
  iso: string,
  now: number,
): { unit: "justNow" | "minutes" | "hours" | "days"; count: number } {
  const ms = Math.max(0, now - Date.parse(iso));
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 2) return { unit: "justNow", count: 0 };
  if (minutes < 60) return { unit: "minutes", count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: "hours", count: hours };
  return { unit: "days", count: Math.floor(hours / 24) };
}
