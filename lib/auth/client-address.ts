/**
 * The address a request came from, as the nearest proxy saw it: the last entry of
 * `X-Forwarded-For` (a reverse proxy appends the address it received the request from; `next
 * start` sets the header to the socket's address when there is none). Exposed without a proxy,
 * a client can choose this value, which is why sign-in also limits each account (see the
 * README's security section).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? headers.get("x-real-ip") ?? "";
  const last = forwarded
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return last ? last.slice(0, 64) : "unknown";
}
