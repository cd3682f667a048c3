import { Badge } from "~/components/ui/badge";
import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import type { CertificateValidity } from "~/modules/certificates/validity";

export interface CertView {
  standard: string;
  validUntil: string | null;
  /** Decided by the loader (certificateValidity, against today in Hanoi), so server and browser
   * agree. "unknown": no expiry date on file — shown, but never as valid. */
  validity: CertificateValidity;
}

/** A certification with its validity: green while valid, red and struck through once expired,
 * neutral ("validity unknown") when no expiry date is on file. */
export function CertBadge({ cert }: { cert: CertView }) {
  const t = useT();
  const locale = useLocale();
  const date = formatDate(cert.validUntil, locale);
  if (cert.validity === "expired")
    return (
      <Badge tone="red" title={t("cert.expired", { date })}>
        <span className="line-through decoration-red-400">{cert.standard}</span>
        <span className="font-normal">· {t("cert.expiredLabel")}</span>
      </Badge>
    );
  return (
    <Badge
      tone={cert.validity === "valid" ? "green" : "neutral"}
      title={cert.validity === "valid" ? t("cert.validUntil", { date }) : t("cert.validityUnknown")}
      className="badge-tick"
    >
      {cert.standard}
    </Badge>
  );
}

/** The validity line shown under a certification on the profile page. */
export function CertValidity({ cert }: { cert: CertView }) {
  const t = useT();
  const locale = useLocale();
  const date = formatDate(cert.validUntil, locale);
  if (cert.validity === "unknown") return <span className="text-slate-500">{t("cert.validityUnknown")}</span>;
  return cert.validity === "expired" ? (
    <span className="font-medium text-red-700">{t("cert.expired", { date })}</span>
  ) : (
    <span className="text-emerald-700">{t("cert.validUntil", { date })}</span>
  );
}
