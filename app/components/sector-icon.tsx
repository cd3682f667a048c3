// Simple line icons for the programme's five sectors (inline SVG: no icon font, no emoji font).
const PATHS: Record<string, string> = {
  // gear
  mechanical:
    "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm8.9 5.1-2 .4a7 7 0 0 1-.8 1.9l1.2 1.7-1.5 1.5-1.7-1.2a7 7 0 0 1-1.9.8l-.4 2h-2.1l-.4-2a7 7 0 0 1-1.9-.8l-1.7 1.2-1.5-1.5 1.2-1.7a7 7 0 0 1-.8-1.9l-2-.4v-2.2l2-.4a7 7 0 0 1 .8-1.9L4.2 6.9l1.5-1.5 1.7 1.2a7 7 0 0 1 1.9-.8l.4-2h2.1l.4 2a7 7 0 0 1 1.9.8l1.7-1.2 1.5 1.5-1.2 1.7a7 7 0 0 1 .8 1.9l2 .4Z",
  // chip
  electronics: "M8 8h8v8H8zM10 3v3M14 3v3M10 18v3M14 18v3M3 10h3M3 14h3M18 10h3M18 14h3M6 6h12v12H6z",
  // spool of thread
  "textile-footwear": "M7 4h10M7 20h10M8 4v16M16 4v16M8 8l8 3M8 12l8 3M8 16l8 3",
  // droplet (resin)
  "plastics-rubber": "M12 3c3.5 4.5 6 7.7 6 11a6 6 0 0 1-12 0c0-3.3 2.5-6.5 6-11Z",
  // box
  packaging: "M3 7.5 12 3l9 4.5v9L12 21l-9-4.5v-9ZM3 7.5 12 12l9-4.5M12 12v9",
};

export function SectorIcon({ sector, className = "h-7 w-7" }: { sector: string; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinejoin="round"
      strokeLinecap="round"
      className={className}
    >
      <path d={PATHS[sector] ?? "M12 12h.01"} />
    </svg>
  );
}
