import { useFeatureI18n } from "@/components/i18n/use-feature-i18n";
import { incidentMessages } from "./messages";

export const useIncidentI18n = () => useFeatureI18n(incidentMessages);
