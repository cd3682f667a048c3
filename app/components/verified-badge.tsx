import { Badge } from "~/components/ui/badge";
import { useT } from "~/components/i18n";

export function VerifiedBadge() {
  const t = useT();
  return (
    <Badge tone="brand" title={t("supplier.verifiedTitle")}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
        <path d="M8 1 2.5 3v4.2c0 3.4 2.3 6.4 5.5 7.3 3.2-.9 5.5-3.9 5.5-7.3V3zm-1 9.6L4.6 8.2l1-1L7 8.6l3.4-3.4 1 1z" />
      </svg>
      {t("supplier.verified")}
    </Badge>
  );
}
