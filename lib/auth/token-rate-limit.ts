import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { TooManyRequestsError } from "../errors";

/**
 * Requests per API token per minute (`API_TOKEN_REQUESTS_PER_MINUTE`, 0 for no limit), counted
 * in each app process's memory: a token is checked on every scripted request, the hottest path
 * there is (see the README's performance section), and a database write per request would cost
 * more than the span creation it guards. With several app processes the limit is per process.
 */
const globals = globalThis as unknown as { __tokenLimiter?: RateLimiterMemory | null };

function tokenLimiter(): RateLimiterMemory | null {
  if (globals.__tokenLimiter === undefined) {
    const points = env().API_TOKEN_REQUESTS_PER_MINUTE;
    globals.__tokenLimiter =
      points > 0 ? new RateLimiterMemory({ keyPrefix: "api-token", points, duration: 60 }) : null;
  }
  return globals.__tokenLimiter;
}

/** Counts one request made with the token; throws TooManyRequestsError (429, Retry-After) over the limit. */
export async function limitTokenRequests(tokenId: string, limiter = tokenLimiter()): Promise<void> {
  if (!limiter) return;
  try {
    await limiter.consume(tokenId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new TooManyRequestsError(
      `This API token sent more than ${limiter.points} requests in a minute. Try again in ${seconds} s.`,
      seconds,
    );
  }
}
