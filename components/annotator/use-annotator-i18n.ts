import { useFeatureI18n } from "@/components/i18n/use-feature-i18n";
import { annotatorMessages } from "./messages";

export const useAnnotatorI18n = () => useFeatureI18n(annotatorMessages);
