import { Button } from "~/components/ui/button";

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
