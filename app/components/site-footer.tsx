import { Link } from "@remix-run/react";
import { translator, type Locale } from "~/modules/i18n";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white text-sm text-slate-500 no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6">
        <p>{t("app.name")}</p>
        <p className="flex gap-4">
          <Link to="/suppliers">{t("nav.suppliers")}</Link>
          <a href="/api/v1/suppliers">API</a>
        </p>
      </div>
    </footer>
  );
}
