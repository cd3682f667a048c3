import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getActor } from "~/auth.server";
import { getDb } from "~/services.server";
import { getTranslator } from "~/locale.server";
import { destroyUserSession } from "~/session.server";
import { bumpSessionVersion } from "../../db/queries/users";
import { recordAudit } from "../../db/queries/audit";

// POST only, so that a link or an <img> on another site cannot log anyone out.
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const { t } = getTranslator(request);
  const actor = await getActor(request);
  if (actor?.kind === "user" && form.get("intent") === "everywhere") {
    // Every cookie issued so far carries the old version and stops working.
    const db = getDb();
    await bumpSessionVersion(db, actor.userId!);
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
  return destroyUserSession(request, "/", { kind: "success", message: t("auth.logout.done") });
}
