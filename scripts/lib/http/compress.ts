import type { Request, Response } from "express";
import compression from "compression";

/**
 * What gets gzip/brotli: compression's default choice (HTML, JSON, JS, CSS, SVG, CSV… above
 * 1 KB, never when the response says `no-transform`), except event streams: a compressor holds
 * back small writes until its buffer fills, which would stall a stream of progress events.
 */
export function compressible(req: Request, res: Response): boolean {
  const type = String(res.getHeader("Content-Type") ?? "");
  if (/^text\/event-stream/i.test(type)) return false;
  return compression.filter(req, res);
}
