import { Form } from "@remix-run/react";
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Button, type ButtonVariant, type ItemLabel } from "~/components/ui/button";

/**
 * A form of one button that posts an `intent`, with the ids it acts on as hidden fields, to the
 * route's action (or `action`): how a page offers "revoke", "remove", "retry" on a row. Several
 * forms on one page are told apart by their intent (STYLE.md). On a row, `label` and `item` name
 * the row's item to a screen reader (Button).
 */
export function IntentButton({
  intent,
  fields = {},
  action,
  className,
  variant,
  children,
  ...button
}: {
  intent: string;
  fields?: Record<string, string | number>;
  action?: string;
  className?: string;
  variant?: ButtonVariant;
  children?: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "className" | "children"> &
  ItemLabel) {
  return (
    <Form method="post" action={action} className={className}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} {...button}>
        {children}
      </Button>
    </Form>
  );
}
