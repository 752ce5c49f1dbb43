import "server-only";
import { cookies } from "next/headers";
import { getPageUser } from "../auth/require-page-user";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";
import { messages, type Messages } from "./messages";

/**
 * The interface language of the current request: the browser's `wb-locale` cookie, else the
 * signed-in user's saved language, else English. The cookie wins so a choice made on the
 * sign-in page (before anyone is signed in) holds.
 */
export async function getLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const user = await getPageUser();
  if (user && isLocale(user.locale)) return user.locale;
  return DEFAULT_LOCALE;
}

/** The language and its dictionary, for server components. */
export async function getI18n(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: messages[locale] };
}
