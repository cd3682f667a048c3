import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getActor } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { isLocale, LOCALE_COOKIE } from "~/modules/i18n";
import { safeRedirect } from "~/modules/auth/permissions";
import { setUserLocale } from "~/services/accounts.server";
import { readForm } from "~/utils/form-body.server";
import { getTranslator } from "~/utils/locale.server";
import { badRequest } from "~/utils/responses";

// The language switch is a plain form POST so it works without JavaScript.
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const lang = form.get("lang");
  // Only paths of this site: never an open redirect.
  const to = safeRedirect(form.get("redirectTo"), "/");
  // The switch's buttons always carry a language: anything else is not ours to guess at.
  if (!isLocale(lang)) badRequest(getTranslator(request).t("lang.unknown"));
  // A logged-in user's choice is also the account's language, so the next login (on any device)
  // starts in it instead of flipping back.
  const actor = await getActor(request);
  if (actor?.kind === "user" && actor.userId !== null && actor.locale !== lang)
    await setUserLocale(getDb(), actor.userId, lang);
  return redirect(to, {
    headers: { "Set-Cookie": `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}

export function loader() {
  return redirect("/");
}
