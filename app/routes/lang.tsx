import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale, LOCALE_COOKIE } from "~/modules/i18n";

// The language switch is a plain form POST so it works without JavaScript.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const back = String(form.get("redirectTo") ?? "/");
  // Only same-site paths: never an open redirect.
  const to = back.startsWith("/") && !back.startsWith("//") ? back : "/";
  if (!isLocale(lang)) return redirect(to);
  return redirect(to, {
    headers: { "Set-Cookie": `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}

export function loader() {
  return redirect("/");
}
