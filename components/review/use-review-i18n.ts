import { useFeatureI18n } from "@/components/i18n/use-i18n";

/** The request's language with the app's dictionary (`t`) and this feature's (`m`), from the catalogue. */
export const useReviewI18n = () => useFeatureI18n("review");
