import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getActor } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { destroyUserSession } from "~/utils/session.server";
import { endUserSessions } from "~/services/auth/sessions.server";
import { recordAudit } from "~/services/audit.server";
import { readForm } from "~/utils/form-body.server";

// POST only, so that a link or an <img> on another site cannot log anyone out.
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { t } = getTranslator(request);
  const actor = await getActor(request);
  if (actor?.kind === "user" && form.get("intent") === "everywhere") {
    // Every session row of the user goes: each copy of each cookie stops working.
    const db = getDb();
    await endUserSessions(db, actor.userId!);
    await recordAudit(db, {
      actor: `user:${actor.userId}`,
      action: "logout_everywhere",
      entity: "user",
      entityRef: String(actor.userId),
    });
    return destroyUserSession(request, "/login", {
      kind: "success",
      message: t("auth.logout.everywhereDone"),
    });
  }
  // This browser's session row ends, so a copied cookie is dead from now on.
  return destroyUserSession(request, "/", { kind: "success", message: t("auth.logout.done") });
}
