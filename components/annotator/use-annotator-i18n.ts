import { useI18n } from "@/components/i18n/i18n-provider";
import { annotatorMessages } from "./messages";

/** The request's language with both the app's dictionary (`t`) and the annotator's (`m`). */
export function useAnnotatorI18n() {
  const { locale, t } = useI18n();
  return { locale, t, m: annotatorMessages[locale] };
}
