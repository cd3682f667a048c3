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
