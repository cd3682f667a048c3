// Any URL no other route claims. Throwing from a loader (rather than letting Remix answer an
// unmatched URL itself) makes the root loader run, so the 404 page speaks the reader's language.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
