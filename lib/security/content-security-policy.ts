/**
 * The Content-Security-Policy of every page: scripts run only from this origin and with the
 * request's nonce (Next adds it to its own scripts when it finds it in the request's policy
 * header; `'strict-dynamic'` lets those load their chunks), no plugins, no framing, forms post
 * only here. Styles allow inline `style` attributes: the annotator positions and colours
 * highlights with them, and a style cannot run code. Development adds `'unsafe-eval'`, which
 * React uses there for error stacks.
 */
export function pageContentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS for a year once the app is reached over https (never on plain http, where it would be ignored or harmful to local use). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Whether a request reached the app over https, directly or through a proxy that says so. */
export function servedOverHttps(url: URL, headers: Headers, publicUrl: string | undefined): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return url.protocol === "https:" || (publicUrl ?? "").startsWith("https://");
}
