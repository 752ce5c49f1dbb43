/**
 * Cross-site request checks for writes made with the session cookie. A browser names where a
 * request comes from in `Origin` (sent on every cross-origin request and on same-origin writes)
 * and `Sec-Fetch-Site`; a form or script on another site, or on another port of the same host,
 * is refused. Requests with neither header are not made by a browser on someone else's page
 * (curl, scripts), and bearer-token requests carry no ambient credentials, so both pass.
 */
export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The app's own origins: the public URL (NEXTAUTH_URL) and the host this request was sent to. */
export function ownOrigins(headers: Headers, publicUrl: string | undefined): Set<string> {
  const origins = new Set<string>();
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) {
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
    for (const scheme of proto ? [proto] : ["http", "https"]) origins.add(`${scheme}://${host}`);
  }
  return origins;
}

/** Why a cookie-authenticated write must be refused, or null when it comes from the app's own pages. */
export function crossSiteReason(headers: Headers, origins: Set<string>): string | null {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site is ${site}`;
  const origin = headers.get("origin");
  if (origin && !origins.has(origin)) return `Origin ${origin.slice(0, 100)} is not this app`;
  return null;
}
