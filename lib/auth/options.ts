import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, type TEnv } from "../env";
import { LockedError, TooManyRequestsError } from "../errors";
import { endSession } from "../sessions/end-session";
import { startSession } from "../sessions/start-session";
import { clientAddress } from "./client-address";
import { forgiveSignInAttempt } from "./sign-in-throttle";
import { verifyCredentials } from "./verify-credentials";

/** The session cookie's JWT: `sub` (the user id), `sid` (the UserSession id) and `sessionExpiresAt` (seconds). */
type SessionClaims = Record<string, unknown>;

/** The session id a JWT names, if it is still within the lifetime fixed at sign-in. */
export function openSessionId(token: SessionClaims, now = Date.now()): string | null {
  if (typeof token.sid !== "string" || typeof token.sessionExpiresAt !== "number") return null;
  return token.sessionExpiresAt * 1000 > now ? token.sid : null;
}

/**
 * next-auth configuration: email + password, JWT cookies that name a `UserSession` row. The JWT
 * expires with the session (`jwt.maxAge`, else next-auth's default is 30 days whatever the cookie
 * says); the row is checked on every request (lib/sessions/get-session-user.ts), so signing out,
 * a password change or deactivation end the session at once. Cookies are `Secure` (and named
 * `__Secure-…`) whenever the public URL is https.
 */
export function authOptions(
  config: Pick<TEnv, "NEXTAUTH_SECRET" | "NEXTAUTH_URL" | "SESSION_MAX_AGE_HOURS"> = env(),
): NextAuthOptions {
  const maxAge = Math.max(1, Math.round(config.SESSION_MAX_AGE_HOURS * 3600));
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    useSecureCookies: (config.NEXTAUTH_URL ?? "").startsWith("https://"),
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          try {
            const user = await verifyCredentials(credentials.email, credentials.password);
            if (!user) return null;
            // The attempt was counted before the password was checked (see sign-in-throttle.ts);
            // a right password gives it back, so signing in often never throttles anyone.
            await forgiveSignInAttempt({
              email: credentials.email,
              address: clientAddress(new Headers(flatHeaders(req.headers))),
            });
            return { id: user.id, email: user.email, name: user.name };
          } catch (error) {
            // next-auth turns a thrown Error into ?error=<message> on the sign-in page.
            if (error instanceof LockedError || error instanceof TooManyRequestsError) throw new Error("locked");
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const session = await startSession({ userId: user.id, maxAgeSeconds: maxAge });
          return {
            ...token,
            sub: user.id,
            sid: session.id,
            sessionExpiresAt: Math.floor(session.expiresAt.getTime() / 1000),
          };
        }
        // Past the lifetime fixed at sign-in the token names no session, whatever its cookie says.
        if (!openSessionId(token)) return { iat: token.iat };
        return token;
      },
      session({ session, token }) {
        const sid = openSessionId(token);
        if (session.user && token.sub && sid) Object.assign(session.user, { id: token.sub, sid });
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        const sid = token ? openSessionId(token) : null;
        if (sid) await endSession({ sessionId: sid });
      },
    },
  };
}

function flatHeaders(headers: Record<string, unknown> | undefined): [string, string][] {
  return Object.entries(headers ?? {}).flatMap(([key, value]) =>
    typeof value === "string" ? [[key, value] as [string, string]] : [],
  );
}
