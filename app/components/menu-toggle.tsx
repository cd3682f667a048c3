import { useT } from "~/components/i18n";

/**
 * The phone's menu button for a page frame's navigation (/my, /admin). It is an empty <details>
 * marked `peer`: the navigation after it carries `hidden peer-open:block md:block`, so on a
 * phone the menu folds and the page's heading stays near the top, while from md up the button
 * hides and the menu always shows. No script: it works before hydration and without one.
 * Why so: docs/decisions/240-phone-layout.md.
 */
export function MenuToggle() {
  const t = useT();
  return (
    <details className="peer md:hidden">
      <summary className="cursor-pointer rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-700">
        {t("nav.menu")}
      </summary>
    </details>
  );
}
