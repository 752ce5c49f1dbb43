import { useI18n } from "@/components/i18n/i18n-provider";
import { claimsMessages } from "./messages";

/** The request's language with both the app's dictionary (`t`) and this feature's (`m`), for client components. */
export function useClaimsI18n() {
  const { locale, t } = useI18n();
  return { locale, t, m: claimsMessages[locale] };
}
