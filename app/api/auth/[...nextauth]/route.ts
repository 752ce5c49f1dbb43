import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { withSignInThrottle } from "@/lib/auth/sign-in-route";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = withSignInThrottle((req: Request, ctx: Context) => NextAuth(authOptions())(req as NextRequest, ctx));

export { handler as GET, handler as POST };
