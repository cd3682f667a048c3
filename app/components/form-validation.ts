import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { z } from "zod";

/**
 * How every conform form validates in the browser: on submit only, and again only on the next
 * submit. Revalidating on blur made errors vanish (or appear) the moment a field lost focus,
 * which happens on the mousedown of a click on the submit button: the form above the button
 * shrank, the button moved away from under the pointer and the first click after a validation
 * error did nothing (issue 13, /register). Errors now stay where they are until the reader
 * submits again. Spread into useForm: `useForm({ ...validateOnSubmit, ... })`.
 */
export const validateOnSubmit = {
  shouldValidate: "onSubmit",
  shouldRevalidate: "onSubmit",
} as const;

type ZodFormOptions<S extends z.ZodTypeAny> = Omit<
  Parameters<typeof useForm<z.input<S>, z.output<S>>>[0],
  "constraint" | "onValidate"
>;

/**
 * The route kit's form: conform bound to a zod schema, the same schema the action parses with
 * `parseWithZod`, so the browser and the server give the same messages (i18n keys, read by
 * FormField/FieldErrors in the reader's language). Validates on submit only (`validateOnSubmit`).
 * `const [form, fields] = useZodForm(schema, { lastResult: useActionData<typeof action>() })`.
 */
export function useZodForm<S extends z.ZodTypeAny>(schema: S, options: ZodFormOptions<S> = {}) {
  return useForm<z.input<S>, z.output<S>>({
    ...validateOnSubmit,
    ...options,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
