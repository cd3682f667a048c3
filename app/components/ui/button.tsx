import { Link, useNavigation, type LinkProps } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "ghost";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors disabled:opacity-50 disabled:pointer-events-none no-underline hover:no-underline";
const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 shadow-sm",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 shadow-sm",
  ghost: "text-brand-700 hover:bg-brand-50",
};

export function buttonClass(variant: ButtonVariant = "primary", extra = "") {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

/**
 * A button acting on one item of a list shows its `label` and names the `item` to a screen
 * reader, which may list the buttons apart from their rows ("Remove: ACME Co").
 */
export type ItemLabel = { label?: undefined; item?: undefined } | { label: string; item: string };

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  label,
  item,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant } & ItemLabel) {
  const named = label !== undefined && { "aria-label": `${label}: ${item}`, children: label };
  return <button type={type} className={buttonClass(variant, className)} {...props} {...named} />;
}

/** The submit button of a page's form, disabled while a submission or its redirect is under way. */
export function SubmitButton(
  props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "disabled"> & { variant?: ButtonVariant },
) {
  const busy = useNavigation().state !== "idle";
  return <Button type="submit" disabled={busy} {...props} />;
}

export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: LinkProps & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
