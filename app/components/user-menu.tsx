import { Form, Link } from "@remix-run/react";
import { useT } from "~/components/i18n";

export interface MenuUser {
  name: string;
  role: "supplier" | "buyer" | "organiser" | "admin";
  /** Unread notifications, for the bell. */
  unread?: number;
}

/** Header links: the logged-in user's pages and log-out, or log-in / register. */
export function UserMenu({ user }: { user: MenuUser | null | undefined }) {
  const t = useT();
  if (!user)
    return (
      <div className="flex items-center gap-3">
        <Link to="/login" className="text-white/90">
          {t("nav.login")}
        </Link>
        <Link to="/register" className="text-white/90">
          {t("user.menu.register")}
        </Link>
      </div>
    );
  const staff = user.role === "organiser" || user.role === "admin";
  return (
    <div className="flex items-center gap-3">
      {staff && (
        <Link to="/admin" className="text-white/90">
          {t("user.menu.admin")}
        </Link>
      )}
      <Link
        to="/my/notifications"
        className="text-white/90"
        aria-label={t("engage.notify.bell", { count: user.unread ?? 0 })}
        data-unread={user.unread ?? 0}
      >
        <span aria-hidden="true">🔔</span>
        {(user.unread ?? 0) > 0 && (
          <span
            aria-hidden="true"
            className="ml-0.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white"
          >
            {user.unread}
          </span>
        )}
      </Link>
      <Link to="/my" className="text-white/90" title={user.name}>
        {t("user.menu.my")}
      </Link>
      <Form method="post" action="/logout">
        <button type="submit" className="text-white/90 hover:underline">
          {t("nav.logout")}
        </button>
      </Form>
    </div>
  );
}
