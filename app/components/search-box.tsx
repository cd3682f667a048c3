import { Form, useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";

export interface Suggestion {
  /** Where choosing it leads: a profile, or a search for a capability. */
  href: string;
  label: string;
  kind: "supplier" | "concept";
}

const DEBOUNCE_MS = 150;

/**
 * The directory's search form. Without JavaScript it is a plain GET form to /suppliers (the URL
 * is the shareable state). With JavaScript it also offers suggestions from /suppliers/suggest as
 * the reader types, debounced, in an ARIA combobox driven by the arrow keys.
 */
export function SearchBox({
  defaultValue = "",
  label,
  placeholder,
  hidden = {},
  size = "md",
}: {
  defaultValue?: string;
  label: string;
  placeholder?: string;
  /** Filters kept when a new query is submitted (e.g. the chosen sector). */
  hidden?: Record<string, string | undefined>;
  size?: "md" | "lg";
}) {
  const t = useT();
  const id = useId();
  const listId = `${id}-list`;
  const navigate = useNavigate();
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);

  useEffect(() => setValue(defaultValue), [defaultValue]);

  useEffect(() => {
    const q = value.trim();
    if (!typed.current || q.length < 2) {
      setItems([]);
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/suppliers/suggest?${new URLSearchParams({ q })}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ suggestions: Suggestion[] }>) : { suggestions: [] }))
        .then((d) => {
          // Closed (Escape, Enter, a choice) while this answer was on its way: keep it closed.
          if (!typed.current) return;
          setItems(d.suggestions);
          setActive(-1);
          setOpen(d.suggestions.length > 0);
        })
        .catch(() => {
          /* aborted by the next keystroke, or offline: the plain form still works */
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [value]);

  // Closing also stops the answer still on its way: a debounced fetch that lands after Enter or
  // Escape would otherwise reopen the list over the results (issue 13).
  function close() {
    typed.current = false;
    setOpen(false);
    setItems([]);
    setActive(-1);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Escape") {
      // The first Escape closes the list; with the list closed the browser's own Escape
      // (clearing a search field) goes ahead.
      if (open) e.preventDefault();
      close();
      return;
    }
    if (e.key === "Enter" && !(open && active >= 0)) {
      // A plain Enter submits the form: the list closes with it (onSubmit).
      return;
    }
    if (!open || items.length === 0) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      const href = items[active].href;
      close();
      navigate(href);
    }
  }

  const big = size === "lg";
  return (
    <Form
      method="get"
      action="/suppliers"
      role="search"
      onSubmit={close}
      className="relative flex w-full gap-2"
    >
      {Object.entries(hidden).map(([k, v]) =>
        v ? <input key={k} type="hidden" name={k} value={v} /> : null,
      )}
      <div className="relative flex-1">
        <label htmlFor={`${id}-q`} className="sr-only">
          {label}
        </label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          // Chromium may write a style (autofill highlight) onto a search field before React
          // hydrates; that attribute is the browser's, not a server/client mismatch of ours.
          suppressHydrationWarning
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          onChange={(e) => {
            typed.current = true;
            setValue(e.target.value);
            // A new keystroke after Escape offers suggestions again.
            if (e.target.value.trim().length < 2) setOpen(false);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => items.length > 0 && setOpen(true)}
          className={`block w-full rounded-md border border-slate-300 bg-white text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 ${
            big ? "px-4 py-3 text-base" : "px-3 py-2 text-sm"
          }`}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suppliers.suggestions")}
          hidden={!open}
          className="absolute left-0 right-0 top-full z-20 mt-1 max-h-80 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {items.map((s, i) => (
            <li
              key={s.href}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                close();
                navigate(s.href);
              }}
              className={`flex cursor-pointer items-center gap-2 px-3 py-2 ${i === active ? "bg-brand-50" : "hover:bg-slate-50"}`}
            >
              <span aria-hidden="true" className="text-slate-400">
                {s.kind === "supplier" ? "▣" : "⌕"}
              </span>
              <span className="truncate">{s.label}</span>
            </li>
          ))}
        </ul>
      </div>
      <Button type="submit" className={big ? "px-6 text-base" : ""}>
        {t("suppliers.searchSubmit")}
      </Button>
    </Form>
  );
}
