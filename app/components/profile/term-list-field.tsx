import { getTextareaProps } from "@conform-to/react";
import { useEffect, useRef, useState } from "react";
import { useT } from "~/components/i18n";
import { Field } from "~/components/ui/field";
import { FieldErrors } from "~/components/auth/form-field";
import { allErrors, Section, type AnyField } from "./fields";

interface Suggestion {
  id: string;
  label: string;
}

const DEBOUNCE_MS = 150;

function splitLines(s: string): string[] {
  return s
    .split(/[\n;,]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * A capability term list: a text area, one term per line, in the firm's own words — that is the
 * whole control without JavaScript. With JavaScript a second box below it suggests taxonomy
 * labels as one types (from /taxonomy/suggest); choosing one appends it as a line.
 */
export function TermListField({
  meta,
  label,
  kind,
  hint,
}: {
  meta: AnyField;
  label: string;
  kind: "process" | "material" | "product";
  hint?: string;
}) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [q, setQ] = useState("");
  const [items, setItems] = useState<Suggestion[]>([]);
  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setItems([]);
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/taxonomy/suggest?${new URLSearchParams({ q: query, kind })}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ suggestions: Suggestion[] }>) : { suggestions: [] }))
        .then((d) => setItems(d.suggestions))
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, kind]);

  const add = (term: string) => {
    const el = area.current;
    const value = term.trim();
    if (!el || !value) return;
    const lines = splitLines(el.value);
    if (!lines.includes(value)) el.value = [...lines, value].join("\n");
    // Tell conform the field changed (it validates on input once the form was submitted).
    el.dispatchEvent(new Event("input", { bubbles: true }));
    setQ("");
    setItems([]);
  };

  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: hint ? `${meta.id}-hint` : undefined });
  const suggestId = `${meta.id}-suggest`;
  return (
    <Field id={meta.id} label={label} hint={hint}>
      <textarea
        key={key}
        {...props}
        ref={area}
        rows={4}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30"
      />
      <FieldErrors id={meta.errorId} errors={allErrors(meta)} />
      {enhanced && (
        <div className="mt-2">
          <label htmlFor={suggestId} className="sr-only">
            {t("profile.terms.suggest", { label })}
          </label>
          <div className="flex gap-2">
            <input
              id={suggestId}
              type="text"
              value={q}
              placeholder={t("profile.terms.suggestPlaceholder")}
              autoComplete="off"
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add(items[0]?.label ?? q);
                }
              }}
              className="block w-full rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-1.5 text-sm"
            />
            <button
              type="button"
              onClick={() => add(q)}
              className="rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50"
            >
              {t("profile.terms.add")}
            </button>
          </div>
          {items.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("profile.terms.suggest", { label })}>
              {items.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    onClick={() => add(s.label)}
                    aria-label={t("profile.terms.pick", { label: s.label })}
                    className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm text-brand-800 ring-1 ring-brand-100 hover:bg-brand-100"
                  >
                    + {s.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}

const TERM_LISTS = [
  { kind: "process", name: "processes", label: "profile.processes" },
  { kind: "material", name: "materials", label: "profile.materials" },
  { kind: "product", name: "products", label: "profile.products" },
] as const;

/** Processes, materials and products side by side: the same section on the profile and request forms. */
export function CapabilitiesSection({
  fields,
}: {
  fields: { processes: AnyField; materials: AnyField; products: AnyField };
}) {
  const t = useT();
  return (
    <Section id="capabilities" title={t("profile.section.capabilities")} note={t("profile.terms.hint")}>
      <div className="grid gap-4 lg:grid-cols-3">
        {TERM_LISTS.map(({ kind, name, label }) => (
          <TermListField key={name} meta={fields[name]} label={t(label)} kind={kind} />
        ))}
      </div>
    </Section>
  );
}
