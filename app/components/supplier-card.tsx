import { useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { CertBadge, type CertView } from "~/components/cert-badge";
import { VerifiedBadge } from "~/components/verified-badge";
import { Highlight } from "~/components/highlight";

/** A supplier as a result list shows it, already in the reader's language (see the loaders). */
export interface SupplierCardView {
  ref: string;
  name: string;
  nameLang: string;
  snippet: string;
  snippetLang: string;
  sector: string | null;
  location: string;
  employees: number | null;
  verified: boolean;
  processes: string[];
  moreProcesses: boolean;
  certifications: CertView[];
  /** Pre-escaped HTML with <mark> from the search engine. */
  highlights?: { name?: string; description?: string; capabilities?: string };
}

/**
 * `from`: the list's query string, carried to the profile so its breadcrumb goes back to it.
 * The name is a plain link: the list makes it navigate in the page (useClientNavigation), and the
 * card's pieces use component classes (app/tailwind.css) — a list repeats them twenty times.
 */
export function SupplierCard({ s, from }: { s: SupplierCardView; from?: string }) {
  const t = useT();
  const headingId = `sup-${s.ref}`;
  const href =
    from && from !== "?"
      ? `/suppliers/${s.ref}?from=${encodeURIComponent(from.replace(/^\?/, ""))}`
      : `/suppliers/${s.ref}`;
  return (
    <article aria-labelledby={headingId} className="card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold leading-snug">
          {s.highlights?.name ? (
            <a href={href} className="card-link">
              <Highlight html={s.highlights.name} lang={s.nameLang} />
            </a>
          ) : (
            <a href={href} className="card-link" lang={s.nameLang}>
              {s.name}
            </a>
          )}
        </h3>
        {s.verified && <VerifiedBadge />}
      </div>
      <p className="card-meta">
        {[s.sector, s.location].filter(Boolean).join(" · ")}
        {s.employees ? ` · ${t("employees.count", { count: s.employees })}` : ""}
      </p>
      {s.highlights?.description ? (
        <p className="card-text">
          <Highlight html={s.highlights.description} lang={s.snippetLang} />
        </p>
      ) : s.snippet ? (
        <p lang={s.snippetLang} className="card-text">
          {s.snippet}
        </p>
      ) : null}
      {s.highlights?.capabilities && (
        <p className="mt-2 text-sm text-slate-700">
          <Highlight html={s.highlights.capabilities} />
        </p>
      )}
      {(s.processes.length > 0 || s.certifications.length > 0) && (
        <div className="relative mt-3 flex flex-wrap gap-1.5">
          {s.processes.map((p) => (
            <Badge key={p}>{p}</Badge>
          ))}
          {s.moreProcesses && <Badge>…</Badge>}
          {s.certifications.map((c, i) => (
            <CertBadge key={`${c.standard}-${i}`} cert={c} />
          ))}
        </div>
      )}
    </article>
  );
}
