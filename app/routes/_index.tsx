import type { MetaFunction } from "@remix-run/node";
import { useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: "CNHT Hà Nội" }];

export default function Index() {
  const t = useT();
  return <h1 className="text-2xl font-semibold">{t("app.name")}</h1>;
}
