import { TooManyRequestsError } from "../errors";
import { clientAddress } from "./client-address";
import { consumeSignInAttempt } from "./sign-in-throttle";

type RouteHandler<C> = (req: Request, context: C) => Promise<Response>;

/** The answer to a throttled sign-in: 429 with Retry-After, and the `url` next-auth's client reads its error code from. */
export function throttledSignInResponse(error: TooManyRequestsError, origin: string): Response {
  const body = {
    url: `${origin}/signin?error=throttled`,
    error: { code: error.code, message: error.message, details: error.details ?? null },
  };
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: {
      "content-type": "application/json",
      "retry-after": String(error.retryAfterSeconds),
      "cache-control": "no-store",
    },
  });
}

/**
 * Wraps next-auth's route handler: a credentials sign-in is counted (per address, per account
 * and address, per account) before next-auth checks the password, and refused with 429 once a
 * limit is reached. Everything else passes through untouched.
 */
export function withSignInThrottle<C>(handler: RouteHandler<C>, consume = consumeSignInAttempt): RouteHandler<C> {
  return async (req, context) => {
    const url = new URL(req.url);
    if (req.method === "POST" && url.pathname.endsWith("/callback/credentials")) {
      const form = await req
        .clone()
        .formData()
        .catch(() => null);
      const email = form?.get("email");
      try {
        await consume({ email: typeof email === "string" ? email : "", address: clientAddress(req.headers) });
      } catch (error) {
        if (error instanceof TooManyRequestsError) return throttledSignInResponse(error, url.origin);
        throw error;
      }
    }
    return handler(req, context);
  };
}
