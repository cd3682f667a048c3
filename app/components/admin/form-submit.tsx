import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";

// The console's record forms (news and schemes, written and edited): two columns of fields posted
// to the route, the submit button across the last row, most of them in a titled white card.

/** The submit button across the whole width of a console form's two-column grid. */
export function WideSubmit({ busy, children }: { busy: boolean; children: string }) {
  return (
    <div className="md:col-span-2">
      <Button type="submit" disabled={busy}>
        {children}
      </Button>
    </div>
  );
}

/** A two-column post form ending in its WideSubmit button (disabled while a submission runs). */
export function TwoColumnForm({
  submit,
  busy,
  className = "grid gap-3 md:grid-cols-2",
  children,
}: {
  submit: string;
  busy: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" className={className}>
      {children}
      <WideSubmit busy={busy}>{submit}</WideSubmit>
    </Form>
  );
}

/** A white card named by its h3: the "write an article", "create a scheme", "edit" boxes. */
export function FormCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border bg-white p-4">
      <h3 className="mb-3 font-medium">{title}</h3>
      {children}
    </section>
  );
}
