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
 * its own namespace. The server builds it for the request's language (lib/i18n/request.ts); the
 * root layout hands the app's dictionary to the client through next-intl's provider and each page
 * the feature dictionaries its client components read (`catalogueSlice`), so the browser only
 * ever receives the active language and what the page shows; client components read it with the
 * hooks of components/i18n/use-i18n.ts. A new feature dictionary is added here.
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

/** A namespace of a feature's dictionary (every one but the app's own). */
export type Feature = Exclude<keyof Catalogue, "app">;

/**
 * What the browser receives of a catalogue: the app's dictionary, which the root layout sends to
 * every page, and the feature dictionaries a page's client components read, which that page sends
 * (components/i18n/feature-messages.tsx), so a page carries none of the others' strings.
 */
export function catalogueSlice(catalogue: Catalogue, features: readonly Feature[]): Partial<Catalogue> {
  const slice: Partial<Record<keyof Catalogue, unknown>> = { app: catalogue.app };
  for (const feature of features) slice[feature] = catalogue[feature];
  return slice as Partial<Catalogue>;
}

declare module "next-intl" {
  interface AppConfig {
    Messages: Catalogue;
  }
}
