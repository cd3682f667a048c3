import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";

/**
 * A one-button form that flips a record between two states (publish/unpublish,
 * archive/restore): the button posts the intent that leads away from the current state. The
 * news and scheme consoles share it so the toggles look and post alike.
 */
export function IntentToggle({
  on,
  intents,
  label,
  busy,
  id,
  className,
}: {
  /** Whether the record is in the "on" state now (published, archived). */
  on: boolean;
  /** The intent posted from the "on" state, then from the "off" state. */
  intents: [string, string];
  label: string;
  busy: boolean;
  /** Posted as `id` when the page lists several records. */
  id?: number;
  className?: string;
}) {
  return (
    <Form method="post" className={className}>
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      <Button
        type="submit"
        name="intent"
        value={on ? intents[0] : intents[1]}
        variant="secondary"
        disabled={busy}
      >
        {label}
      </Button>
    </Form>
  );
}
