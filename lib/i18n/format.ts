import type { Locale } from "./config";

/**
 * Date formatting shared by server and client components. Everything is formatted in UTC so a
 * server-rendered value and its hydrated twin agree, and a publication date (stored as a
 * calendar date at UTC midnight) never shifts by a day. Arabic uses Western digits, as the
 * articles themselves mostly do.
 */
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ar: "ar-u-nu-latn" };

/** The language tag the Intl APIs and the message formatter get for an interface language. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** The interface language of a tag made by `intlLocale()`. */
export function localeOfIntl(tag: string): Locale {
  return tag.startsWith("ar") ? "ar" : "en";
}

/**
 * Fills the `{name}` placeholders of a message without a plural (ICU plural messages go through
 * formatPlural() of lib/i18n/icu.ts); an unknown placeholder is left visible rather than dropped.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "9 Dec 2023" / "9 ديسمبر 2023"; "—" when there is no date. */
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  const date = toDate(value);
  if (!date) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** "9 Dec 2023, 14:05 UTC"; "—" when there is no time. */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  const date = toDate(value);
  if (!date) return "—";
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone: "UTC",
  }).format(date);
  return `${text} UTC`;
}

/** The `YYYY-MM-DD` value of an `<input type="date">` for a stored calendar date. */
export function toDateInputValue(value: Date | string | null | undefined): string {
  const date = toDate(value);
  return date ? date.toISOString().slice(0, 10) : "";
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}
