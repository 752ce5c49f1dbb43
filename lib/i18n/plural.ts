import type { Locale } from "./config";
import { formatNumber } from "./format";

/**
 * Messages with plural forms, chosen by the CLDR rules of the interface language
 * (Intl.PluralRules): Arabic has six (zero, one, two, few, many, other), English two (one,
 * other). A form missing from a message falls back to `other`.
 */
export type TPluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Declares a message with plural forms in a dictionary (both languages then share its type). */
export const pluralForms = (forms: TPluralForms): TPluralForms => forms;

const rules = new Map<Locale, Intl.PluralRules>();

/** The form for `count`, with `{count}` as the number written for the language and any other values filled in. */
export function formatPlural(
  forms: TPluralForms,
  count: number,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const template = forms[rule.select(count)] ?? forms.other;
  const all: Record<string, string | number> = { count: formatNumber(count, locale), ...values };
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in all ? String(all[key]) : match));
}
