import { useEffect, useRef } from "react";
import { useNavigate } from "@remix-run/react";

/**
 * Plain `<a href>` links inside the returned ref's element navigate like Remix `<Link>`s (the
 * next page's data only, no document reload) through one click listener, instead of one `<Link>`
 * per link. A `<Link>` runs a dozen hooks and resolves its path on every server render and
 * hydration; the directory list has about eighty links, and that work was most of what made it
 * slower than the framework floor (issue 13, docs/decisions/470-directory-list-light-links.md).
 *
 * Left to the browser: modified or non-left clicks, `target`, `download`, other origins, anchors
 * on the same page, and anything before hydration (the links work as links). Links under an element with
 * `data-keep-scroll` keep the scroll position (a facet toggled in the side column).
 */
export function useClientNavigation<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const navigate = useNavigate();
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest("a") : null;
      if (!a || !root.contains(a) || a.hasAttribute("download")) return;
      if (a.target && a.target !== "_self") return;
      const here = window.location;
      if (a.origin !== here.origin) return;
      // An anchor on this page ("Filters ↓") is the browser's to scroll to.
      if (a.hash && a.pathname === here.pathname && a.search === here.search) return;
      e.preventDefault();
      navigate(`${a.pathname}${a.search}${a.hash}`, {
        preventScrollReset: a.closest("[data-keep-scroll]") !== null,
      });
    };
    root.addEventListener("click", onClick);
    return () => root.removeEventListener("click", onClick);
  }, [navigate]);
  return ref;
}
