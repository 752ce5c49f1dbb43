import { z } from "zod";

/**
 * Every environment variable the app reads, checked in one place. `env()` validates lazily so
 * scripts can set DATABASE_URL before the first read; a bad value fails with one message per
 * variable instead of a crash somewhere deep in a request.
 */
const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm start sets it to the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a URL").optional(),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive("SESSION_MAX_AGE_HOURS must be positive").default(12),
  API_TOKEN_REQUESTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0, "API_TOKEN_REQUESTS_PER_MINUTE must be 0 (no limit) or more")
    .default(6_000),
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(1_000_000),
  MAX_UPLOAD_FILES: z.coerce.number().int().positive().default(2_000),
  SQL_POOL_MAX: z.coerce.number().int().min(1, "SQL_POOL_MAX must be at least 1").default(1),
  SEARCH_POOL_MAX: z.coerce.number().int().min(1, "SEARCH_POOL_MAX must be at least 1").default(2),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.NEXTAUTH_SECRET) {
    throw new Error("Invalid environment:\n  - NEXTAUTH_SECRET: required in production (npm start generates one)");
  }
  cached = parsed.data;
  return cached;
}
