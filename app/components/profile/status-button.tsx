import { Form } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";

/** Close an open request, or reopen a closed one (posts intent + ref to the current page). */
export function StatusButton({ ref_, status }: { ref_: string; status: "open" | "closed" }) {
  const t = useT();
  const label = t(status === "open" ? "requests.close" : "requests.reopen");
  return (
    <Form method="post" className="inline">
      <input type="hidden" name="ref" value={ref_} />
      <input type="hidden" name="intent" value={status === "open" ? "close" : "reopen"} />
      <Button type="submit" variant="ghost" aria-label={`${label}: ${ref_}`}>
        {label}
      </Button>
    </Form>
  );
}
