import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { logger } from "~/utils/logger.server";
import { stripNulBytes } from "~/utils/strip-nul.server";
import { RequestInfoContext, loadContextInfo } from "~/components/request-info";

const ABORT_DELAY = 5_000;

/**
 * Pages are rendered whole (onAllReady) for every client: they use no deferred data, so
 * streaming the shell first would gain nothing and would let a late render error slip past the
 * status code.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The CSP nonce (scripts/lib/http/security.ts) and the request id, for root.tsx.
  const info = loadContextInfo(loadContext);
  return new Promise<Response>((resolve, reject) => {
    let failed = false;
    const { pipe, abort } = renderToPipeableStream(
      <RequestInfoContext.Provider value={info}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={info.nonce} />
      </RequestInfoContext.Provider>,
      {
        nonce: info.nonce,
        onAllReady() {
          const body = new PassThrough();
          const clean = stripNulBytes();
          clean.pipe(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: failed ? 500 : responseStatusCode,
            }),
          );
          pipe(clean);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          failed = true;
          if (!request.signal.aborted)
            logger.error({ err: error, url: request.url, reqId: info.requestId }, "render failed");
        },
      },
    );
    setTimeout(abort, ABORT_DELAY).unref();
  });
}

/**
 * Expected outcomes are not errors: a 404 for an unknown ref, a 401/403 from a guard, a client
 * that hung up mid-request. Everything else is logged once, with the URL, through pino.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  if (error instanceof Response && error.status < 500) return;
  const reqId = loadContextInfo(context).requestId;
  logger.error({ err: error, method: request.method, url: request.url, reqId }, "request failed");
};
