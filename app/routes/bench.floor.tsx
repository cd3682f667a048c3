import type { MetaFunction } from "@remix-run/node";

// A constant page through the same server, root layout and root loader as every other page:
// the framework's floor that scripts/bench/pages.ts compares the directory pages against.
export const meta: MetaFunction = () => [
  { title: "Benchmark floor" },
  { name: "robots", content: "noindex" },
];

export default function BenchFloor() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Benchmark floor</h1>
      <p className="mt-2 text-slate-600">A constant page: no data is read to render it.</p>
    </section>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
