import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { intlLocale } from "./format";

type TValues = Record<string, string | number>;
type TFormat = (values: TValues) => string;

const formatters = new Map<string, TFormat>();

/**
 * Formats an ICU message with a count — `{count, plural, zero {…} one {…} two {…} few {…} many {…}
 * other {…}}` — through next-intl's formatter: the form is chosen by the CLDR rules of the
 * interface language (Arabic's six, English's one and other) and `#` is the count written as
 * formatNumber() writes it. Other `{name}` values are filled in too.
 */
export function formatPlural(message: string, count: number, locale: Locale, values: TValues = {}): string {
  const key = `${locale}\u0000${message}`;
  let format = formatters.get(key);
  if (!format) {
    // A message that cannot be formatted (the error is logged) shows as written, never as its key.
    const t = createTranslator({
      locale: intlLocale(locale),
      messages: { message },
      getMessageFallback: () => message,
    });
    format = (all) => t("message", all);
    formatters.set(key, format);
  }
  return format({ ...values, count });
}
