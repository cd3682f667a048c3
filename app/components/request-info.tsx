import { createContext, useContext, useState } from "react";

// What the server knows about the request being rendered: the CSP nonce for Remix's inline
// scripts and the request id shown on the 500 page. Provided by entry.server.tsx from the load
// context; empty in the browser (a nonce is only ever needed in the server's HTML).
export interface RequestInfo {
  nonce?: string;
  requestId?: string;
}

export const RequestInfoContext = createContext<RequestInfo>({});

export function useNonce(): string | undefined {
  return useContext(RequestInfoContext).nonce;
}

export const REQUEST_ID_ELEMENT = "cnht-request-id";

/**
 * The id of the request that rendered this error page. On the server, from the context; in the
 * browser, read once from the server's HTML (so hydration sees the same text). An error met in a
 * client-side navigation has no id of its own here: undefined.
 */
export function useErrorRequestId(): string | undefined {
  const fromServer = useContext(RequestInfoContext).requestId;
  const [id] = useState(
    () =>
      fromServer ??
      (typeof document !== "undefined"
        ? (document.getElementById(REQUEST_ID_ELEMENT)?.textContent ?? undefined)
        : undefined),
  );
  return id || undefined;
}

export function loadContextInfo(context: unknown): RequestInfo {
  const c = (context ?? {}) as { cspNonce?: unknown; requestId?: unknown };
  return {
    nonce: typeof c.cspNonce === "string" && c.cspNonce ? c.cspNonce : undefined,
    requestId: typeof c.requestId === "string" && c.requestId ? c.requestId : undefined,
  };
}
