import { getRequestConfig } from "next-intl/server";
import { catalogueFor } from "./catalogue";
import { intlLocale } from "./format";
import { getLocale } from "./locale";

/**
 * next-intl's configuration for a request (loaded through its plugin in next.config.ts): no locale
 * in the URL, the language is the one lib/i18n/locale.ts reads from the cookie or the user, and
 * the messages are that language's catalogue only. The locale given to the library carries the
 * interface's numbering (Western digits in Arabic), so numbers inside messages read as
 * formatNumber() writes them.
 */
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return { locale: intlLocale(locale), messages: catalogueFor(locale), timeZone: "UTC" };
});
