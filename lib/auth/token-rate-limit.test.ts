import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { TooManyRequestsError } from "../errors";
import { limitTokenRequests } from "./token-rate-limit";

describe("API token limits", () => {
  it("let a token send its allowance, then answer 429 with the seconds to wait, per token", async () => {
    const limiter = new RateLimiterMemory({ keyPrefix: "test", points: 3, duration: 60 });
    for (let i = 0; i < 3; i++) await limitTokenRequests("token-a", limiter);
    const refused = await limitTokenRequests("token-a", limiter).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).status).toBe(429);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBeGreaterThan(55);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBeLessThanOrEqual(60);
    await expect(limitTokenRequests("token-b", limiter)).resolves.toBeUndefined();
  });

  it("are off when the limit is 0", async () => {
    for (let i = 0; i < 10; i++) await limitTokenRequests("token-c", null);
  });
});
