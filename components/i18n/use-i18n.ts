"use client";

import { useLocale, useMessages } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { localeOfIntl } from "@/lib/i18n/format";
import type { Catalogue } from "@/lib/i18n/catalogue";

/**
 * Client components' strings: the request's catalogue, which the root layout hands down through
 * next-intl's provider in the interface language only (lib/i18n/catalogue.ts). Never import a
 * dictionary module (both languages) into a client component; read it here.
 */
export function useI18n(): { locale: Locale; t: Catalogue["app"] } {
  const messages = useMessages();
  return { locale: localeOfIntl(useLocale()), t: messages.app };
}

/** The language with the app's dictionary (`t`) and one feature's (`m`). */
export function useFeatureI18n<K extends keyof Catalogue>(
  feature: K,
): { locale: Locale; t: Catalogue["app"]; m: Catalogue[K] } {
  const messages = useMessages();
  return { locale: localeOfIntl(useLocale()), t: messages.app, m: messages[feature] };
}
