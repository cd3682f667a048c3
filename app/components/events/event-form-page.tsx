import type { SubmissionResult } from "@conform-to/react";
import { useActionData } from "@remix-run/react";
import { EventForm } from "~/components/events/event-form";

/** The page of the event settings form, new or edited: its heading over the form. */
export function EventFormPage({
  title,
  defaultValue,
  submitLabel,
}: {
  title: string;
  defaultValue: Record<string, string>;
  submitLabel: string;
}) {
  // A refused save (services/events/event-form.server.ts) answers `{ result }` with the messages.
  const a = useActionData<{ result?: SubmissionResult<string[]> }>();
  return (
    <section className="space-y-4">
      <h2 className="text-xl font-semibold">{title}</h2>
      <EventForm defaultValue={defaultValue} lastResult={a?.result} submitLabel={submitLabel} />
    </section>
  );
}
