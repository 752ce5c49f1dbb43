import { z } from "zod";

/**
 * Every environment variable the app reads, checked in one place. `env()` validates lazily so
 * scripts can set DATABASE_URL before the first read; a bad value fails with one message per
 * variable instead of a crash somewhere deep in a request.
 */
/**
 * Machine translation (off unless MT_PROVIDER is set). Checked with the rest at start-up, and
 * re-read by lib/mt/config.ts when a translation is asked for.
 */
export const ZMtEnv = z
  .object({
    MT_PROVIDER: z
      .enum(["deepl", "google", "libretranslate", "openai"], {
        error: "MT_PROVIDER must be deepl, google, libretranslate or openai (or unset: no machine translation)",
      })
      .optional(),
    MT_URL: z.url("MT_URL must be a URL like https://api-free.deepl.com or http://localhost:5000").optional(),
    MT_API_KEY: z.string().min(1).optional(),
    MT_MODEL: z.string().min(1).optional(),
    MT_TIMEOUT_MS: z.coerce.number().int().min(100, "MT_TIMEOUT_MS must be at least 100").default(30_000),
    MT_CONCURRENCY: z.coerce
      .number()
      .int()
      .min(1, "MT_CONCURRENCY must be 1 to 32")
      .max(32, "MT_CONCURRENCY must be 1 to 32")
      .default(4),
  })
  .superRefine((value, ctx) => {
    const need = (key: "MT_URL" | "MT_API_KEY" | "MT_MODEL", why: string) => {
      if (!value[key]) ctx.addIssue({ code: "custom", path: [key], message: why });
    };
    if (value.MT_PROVIDER === "deepl") need("MT_API_KEY", "MT_API_KEY is required with MT_PROVIDER=deepl");
    if (value.MT_PROVIDER === "google") need("MT_API_KEY", "MT_API_KEY is required with MT_PROVIDER=google");
    if (value.MT_PROVIDER === "libretranslate")
      need("MT_URL", "MT_URL is required with MT_PROVIDER=libretranslate (your server, e.g. http://localhost:5000)");
    if (value.MT_PROVIDER === "openai") need("MT_MODEL", "MT_MODEL is required with MT_PROVIDER=openai");
  });
export type TMtEnv = z.output<typeof ZMtEnv>;

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
  IMPORT_ALLOW_PRIVATE: z
    .enum(["0", "1"], { error: "IMPORT_ALLOW_PRIVATE must be 1 (fetch private and loopback addresses) or 0" })
    .default("0")
    .transform((v) => v === "1"),
  IMPORT_FETCH_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100, "IMPORT_FETCH_TIMEOUT_MS must be at least 100")
    .default(15_000),
  IMPORT_MAX_PAGE_BYTES: z.coerce.number().int().positive().default(5_000_000),
  SQL_POOL_MAX: z.coerce.number().int().min(1, "SQL_POOL_MAX must be at least 1").default(1),
  SEARCH_POOL_MAX: z.coerce.number().int().min(1, "SEARCH_POOL_MAX must be at least 1").default(2),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv> & TMtEnv;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  const mt = ZMtEnv.safeParse(process.env);
  if (!parsed.success || !mt.success) {
    const issues = [...(parsed.error?.issues ?? []), ...(mt.error?.issues ?? [])];
    const lines = issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.NEXTAUTH_SECRET) {
    throw new Error("Invalid environment:\n  - NEXTAUTH_SECRET: required in production (npm start generates one)");
  }
  cached = { ...parsed.data, ...mt.data };
  return cached;
}
