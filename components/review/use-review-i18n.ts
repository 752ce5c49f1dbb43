import { useFeatureI18n } from "@/components/i18n/use-feature-i18n";
import { reviewMessages } from "./messages";

export const useReviewI18n = () => useFeatureI18n(reviewMessages);
