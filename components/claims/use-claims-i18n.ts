import { useFeatureI18n } from "@/components/i18n/use-feature-i18n";
import { claimsMessages } from "./messages";

export const useClaimsI18n = () => useFeatureI18n(claimsMessages);
