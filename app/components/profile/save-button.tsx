import { useNavigation } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";

/** The profile forms' submit button, disabled and relabelled while the save is on its way. */
export function SaveButton() {
  const t = useT();
  const submitting = useNavigation().state === "submitting";
  return (
    <Button type="submit" disabled={submitting}>
      {submitting ? t("profile.saving") : t("profile.save")}
    </Button>
  );
}
