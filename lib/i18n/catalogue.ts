import { searchMessages } from "@/app/(app)/projects/[projectId]/search/messages";
import { agreementMessages } from "@/components/agreement/messages";
import { annotatorMessages } from "@/components/annotator/messages";
import { assignmentMessages } from "@/components/assignments/messages";
import { claimsMessages } from "@/components/claims/messages";
import { curationMessages } from "@/components/curation/messages";
import { datasetMessages } from "@/components/datasets/messages";
import { glossaryMessages } from "@/components/glossary/messages";
import { incidentMessages } from "@/components/incidents/messages";
import { webImportMessages } from "@/components/projects/web-import-messages";
import { publisherMessages } from "@/components/publisher/messages";
import { reviewMessages } from "@/components/review/messages";
import { revisionMessages } from "@/components/revisions/messages";
import { suggestionMessages } from "@/components/suggestions/messages";
import { gradeDefinitions } from "@/lib/incidents/grade-definitions";
import type { Locale } from "./config";
import { messages } from "./messages";

/**
 * The interface's strings in one language: the app's dictionary and every feature's, each under
 * its own namespace. The server builds it for the request's language (lib/i18n/request.ts) and the
 * root layout hands it to the client through next-intl's provider, so the browser only ever
 * receives the active language; client components read it with the hooks of
 * components/i18n/use-i18n.ts. A new feature dictionary is added here.
 */
export function catalogueFor(locale: Locale) {
  return {
    app: messages[locale],
    agreement: agreementMessages[locale],
    annotator: annotatorMessages[locale],
    assignments: assignmentMessages[locale],
    claims: claimsMessages[locale],
    curation: curationMessages[locale],
    datasets: datasetMessages[locale],
    glossary: glossaryMessages[locale],
    grades: gradeDefinitions(locale),
    incidents: incidentMessages[locale],
    publisher: publisherMessages[locale],
    review: reviewMessages[locale],
    revisions: revisionMessages[locale],
    search: searchMessages[locale],
    suggestions: suggestionMessages[locale],
    webImport: webImportMessages[locale],
  };
}

export type Catalogue = ReturnType<typeof catalogueFor>;

declare module "next-intl" {
  interface AppConfig {
    Messages: Catalogue;
  }
}
