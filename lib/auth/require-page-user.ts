import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { NotFoundError } from "../errors";
import type { ActingUser } from "./acting-user";
import { getSessionUser } from "./current-user";

/**
 * The signed-in user for server components, looked up once per request however many layouts,
 * pages and helpers ask (the root layout needs it for the language, the header for the name).
 */
export const getPageUser = cache(async (): Promise<ActingUser | null> => getSessionUser());

/** Only same-site paths are followed after sign-in, so a crafted link cannot send people away. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/projects"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

/**
 * The signed-in user of a page, or a redirect to the sign-in page that comes back to
 * `callbackPath` (the page's own path, with its query if it matters) afterwards.
 */
export async function requirePageUser(callbackPath = "/projects"): Promise<ActingUser> {
  const user = await getPageUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(callbackPath))}`);
  return user;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route ids are UUIDs; anything else is a page that does not exist (not a database error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Awaits a lib read and turns its "not found" (which is also what a non-member gets for another
 * project's objects) into the page's 404; every other error reaches error.tsx.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
