import type { FieldMetadata } from "@conform-to/react";
import { useT } from "~/components/i18n";
import { FormField } from "~/components/auth/form-field";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form schema; the field itself is a string
type PasswordMeta = FieldMetadata<string | undefined, any, string[]>;

/** The "new password" and "confirm" pair, shared by changing a password and resetting one. */
export function NewPasswordFields({ password, confirm }: { password: PasswordMeta; confirm: PasswordMeta }) {
  const t = useT();
  return (
    <>
      <FormField
        meta={password}
        label={t("account.newPassword")}
        type="password"
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
      />
      <FormField
        meta={confirm}
        label={t("account.confirmPassword")}
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}
