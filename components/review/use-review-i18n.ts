import { useI18n } from "@/components/i18n/i18n-provider";
import { reviewMessages } from "./messages";

/** The request's language with both the app's dictionary (`t`) and this feature's (`m`), for client components. */
export function useReviewI18n() {
  const { locale, t } = useI18n();
  return { locale, t, m: reviewMessages[locale] };
}
