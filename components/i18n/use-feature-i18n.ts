"use client";

import type { Locale } from "@/lib/i18n/config";
import { useI18n } from "./i18n-provider";

/** The request's language with the app's dictionary (`t`) and a feature's own (`m`), for client components. */
export function useFeatureI18n<T>(dictionary: Record<Locale, T>) {
  const { locale, t } = useI18n();
  return { locale, t, m: dictionary[locale] };
}
