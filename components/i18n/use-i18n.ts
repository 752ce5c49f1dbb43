"use client";

import { useLocale, useMessages } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { localeOfIntl } from "@/lib/i18n/format";
import type { Catalogue, Feature } from "@/lib/i18n/catalogue";

/**
 * Client components' strings: the request's catalogue, in the interface language only, of which the
 * root layout hands down the app's dictionary through next-intl's provider and each page the
 * feature dictionaries it shows (lib/i18n/catalogue.ts). Never import a
 * dictionary module (both languages) into a client component; read it here.
 */
export function useI18n(): { locale: Locale; t: Catalogue["app"] } {
  const messages = useMessages();
  return { locale: localeOfIntl(useLocale()), t: messages.app };
}

/**
 * The language with the app's dictionary (`t`) and one feature's (`m`), which the page hands down
 * (components/i18n/feature-messages.tsx): a page that does not name the feature fails here, by name.
 */
export function useFeatureI18n<K extends Feature>(
  feature: K,
): { locale: Locale; t: Catalogue["app"]; m: Catalogue[K] } {
  const messages = useMessages();
  const m = (messages as Partial<Catalogue>)[feature];
  if (m === undefined) throw new Error(`the page does not hand down the "${feature}" messages (FeatureMessages)`);
  return { locale: localeOfIntl(useLocale()), t: messages.app, m };
}
