import { useT } from "~/components/i18n";
import { Badge, type BadgeTone } from "~/components/ui/badge";

const TONE: Record<string, BadgeTone> = {
  pending: "amber",
  accepted: "green",
  approved: "green",
  declined: "red",
  rejected: "red",
  cancelled: "neutral",
  withdrawn: "neutral",
  expired: "neutral",
};

/** A request's or a registration's status as a coloured badge. */
export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return <Badge tone={TONE[status] ?? "neutral"}>{t(`fair.state.${status}`)}</Badge>;
}
