import { useT } from "~/components/i18n";
import { IntentButton } from "~/components/ui/intent-button";

/** Close an open request, or reopen a closed one (posts intent + ref to the current page). */
export function StatusButton({ ref_, status }: { ref_: string; status: "open" | "closed" }) {
  const t = useT();
  const label = t(status === "open" ? "requests.close" : "requests.reopen");
  return (
    <IntentButton
      intent={status === "open" ? "close" : "reopen"}
      fields={{ ref: ref_ }}
      className="inline"
      variant="ghost"
      aria-label={`${label}: ${ref_}`}
    >
      {label}
    </IntentButton>
  );
}
