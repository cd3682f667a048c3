import { useEffect, useState } from "react";
import type { Toast as ToastData } from "~/utils/session.server";

const tones = {
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  error: "border-red-200 bg-red-50 text-red-900",
  info: "border-slate-200 bg-white text-slate-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

/**
 * The flash message left by the last mutation (see redirectWithToast). Announced politely to
 * screen readers; stays until dismissed or the next navigation, so nothing is missed.
 */
export function Toast({ toast }: { toast: ToastData | null | undefined }) {
  const [shown, setShown] = useState(toast);
  useEffect(() => setShown(toast), [toast]);
  if (!shown) return null;
  return (
    <div
      role="status"
      aria-live="polite"
      className={`mb-4 flex items-start gap-3 rounded-md border px-4 py-3 text-sm shadow-sm ${tones[shown.kind]}`}
    >
      <p className="flex-1">{shown.message}</p>
      <button
        type="button"
        onClick={() => setShown(null)}
        className="text-current/70 hover:text-current"
        aria-label="×"
      >
        ×
      </button>
    </div>
  );
}
