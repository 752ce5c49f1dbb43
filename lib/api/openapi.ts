import { z } from "zod";
import { ZVersionInput } from "./handler";
import { ZArticleJson } from "../import/parse-upload";
import { ZUpdateArticleInput } from "../articles/update-article";
import {
  ZArticleVersionInfo,
  ZArticleVersionText,
  ZOrphan,
  ZPlaceOrphanInput,
  ZReviseArticleJson,
  ZRevisionResult,
} from "../revisions/schemas";
import { ZImportWebPagesInput } from "../articles/import-web-pages";
import { ZImportRunInput } from "../import-runs/import-runs";
import { ZImportRun } from "../import-runs/schemas";
import { ZAgreementQuery, ZAgreementReport } from "../agreement/schemas";
import {
  ZCuration,
  ZCurationView,
  ZIndependentAnnotation,
  ZResolveItemInput,
  ZSetCuratedInput,
  ZTakenVersion,
  ZTakeVersionInput,
} from "../curation/schemas";
import { ZAssignArticlesInput } from "../assignments/assign-articles";
import { ZSetAssignmentStatusInput } from "../assignments/set-assignment-status";
import { ZAssignment, ZAssignmentRemoved, ZAssignResult, ZListAssignmentsQuery } from "../assignments/schemas";
import { ZCreateProjectInput } from "../projects/create-project";
import { ZSetMemberInput } from "../projects/set-member";
import { ZCreateApiTokenInput } from "../tokens/create-api-token";
import { ZCreateUserInput } from "../users/create-user";
import { ZUpdateMySettingsInput } from "../users/update-my-settings";
import { ZChangePasswordInput } from "../users/change-password";
import { ZSetUserActiveInput } from "../users/set-user-active";
import { ZCreateLabelInput, ZUpdateLabelInput } from "../labels/label-input";
import { ZCreateSpanInput } from "../spans/create-span";
import { ZUpdateSpanInput } from "../spans/update-span";
import { ZCreateClaimInput, ZUpdateClaimInput } from "../claims/claim-input";
import { ZClaimPrefillInput } from "../claims/get-claim-prefill";
import { ZCreateEventInput, ZUpdateEventInput } from "../events/event-input";
import {
  ZConfirmIncidentInput,
  ZMergeIncidentInput,
  ZRejectIncidentInput,
  ZSetIncidentGradeInput,
  ZSplitIncidentInput,
  ZUnmergeIncidentInput,
} from "../incidents/incident-input";
import { ZIncidentLedger } from "../incidents/ledger";
import { ZUserAuditQuery } from "../audit/list-user-audit-events";
import { ZSearchQuery } from "../search/search-input";
import { ZCreateLinkInput } from "../links/create-link";
import { ZReviewLinkInput } from "../links/review-link";
import { ZRecordVerdictInput } from "../verdicts/record-verdict";
import { ZCreateEntityInput, ZUpdateEntityInput } from "../entities/entity-input";
import { ZReviewTranslationInput } from "../translations/review-translation";
import { ZSaveTranslationInput } from "../translations/save-translation";
import { ZAcceptSuggestionInput, ZDecideKindInput, ZRejectSuggestionInput } from "../suggestions/suggestion-input";
import {
  ZArticleDetail,
  ZArticleListItem,
  ZArticleSummary,
  ZArticleWithProject,
  ZImportSummary,
  ZListArticlesQuery,
} from "../articles/schemas";
import { ZAccountAuditEvent, ZAuditEvent, ZProjectAuditQuery } from "../audit/schemas";
import { ZClaim, ZClaimPrefill, ZEnglishDraft, ZListClaimsQuery, ZListedClaim } from "../claims/schemas";
import { ZDatasetImportResult, ZExportSearchQuery } from "../datasets/schemas";
import { ZEntity, ZEntityMerge, ZEntityProfile, ZListEntitiesQuery, ZListedEntity } from "../entities/schemas";
import { ZEvent, ZEventView, ZListEventsQuery, ZListedEvent } from "../events/schemas";
import { ZIncident, ZMergedIncident, ZRejectedIncident, ZSplitIncident, ZUnmergedIncident } from "../incidents/schemas";
import { ZDeleteLabelQuery, ZLabel, ZLabelDeleted, ZListedLabel } from "../labels/schemas";
import {
  ZClaimLink,
  ZLink,
  ZLinkableClaim,
  ZProjectOverview,
  ZQueueLink,
  ZReviewQueueQuery,
  ZSearchClaimsQuery,
} from "../links/schemas";
import { ZMember, ZMemberRemoved, ZMemberSet, ZProject, ZProjectListItem, ZProjectWithRole } from "../projects/schemas";
import { ZPublisherAnswer } from "../publisher/schemas";
import { ZSetPublisherInput } from "../publisher/set-publisher";
import { ZSearchResponse } from "../search/schemas";
import { ZListSpansQuery, ZSpan } from "../spans/schemas";
import {
  ZAcceptResult,
  ZArticleSuggestionRun,
  ZArticleSuggestionsQuery,
  ZDecideResult,
  ZStartedRun,
  ZSuggestion,
  ZSuggestionList,
  ZSuggestionRun,
} from "../suggestions/schemas";
import { ZApiToken, ZCreatedApiToken } from "../tokens/schemas";
import { ZStoredTranslation, ZTranslation, ZTranslationRevision, ZTranslationRun } from "../translations/schemas";
import { ZMachineTranslateInput, ZMachineTranslationStatus } from "../translations/machine-translate";
import {
  ZCreateGlossaryTermInput,
  ZGlossaryTerm,
  ZListGlossaryQuery,
  ZUpdateGlossaryTermInput,
} from "../glossary/schemas";
import { ZMe, ZPasswordChanged, ZSessionsEnded, ZUserActiveChange, ZUserListItem } from "../users/schemas";
import { ZListVerdictsQuery, ZVerdict } from "../verdicts/schemas";

/**
 * The OpenAPI 3.1 document for /api/v1, built from the same zod schemas the routes validate
 * with, so the document cannot drift from what the server accepts. Later features add their
 * operations to `operations`.
 */
type TOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  bodyDescription?: string;
  multipart?: boolean;
  /** The query string, as the route reads it (lib/api/query.ts). */
  query?: z.ZodObject;
  success?: number;
  /** What a successful call returns, where a schema for it exists. */
  response?: z.ZodType;
};

const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "input") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any" });

/** A list answer: `{ <key>: [ … ] }`. */
const list = (key: string, item: z.ZodType) => z.object({ [key]: z.array(item) });

export const operations: TOperation[] = [
  { method: "get", path: "/me", response: ZMe, summary: "The signed-in user", tag: "Account" },
  {
    method: "patch",
    path: "/me",
    response: ZMe,
    summary: "Change own name or interface language",
    tag: "Account",
    body: ZUpdateMySettingsInput,
  },
  {
    method: "put",
    path: "/me/password",
    response: ZPasswordChanged,
    summary: "Change own password",
    tag: "Account",
    body: ZChangePasswordInput,
  },
  {
    method: "get",
    path: "/tokens",
    response: list("tokens", ZApiToken),
    summary: "List own API tokens (never their values)",
    tag: "Account",
  },
  {
    method: "post",
    path: "/tokens",
    response: ZCreatedApiToken,
    summary: "Create an API token; the value is returned once",
    tag: "Account",
    body: ZCreateApiTokenInput,
    success: 201,
  },
  { method: "delete", path: "/tokens/{id}", response: ZApiToken, summary: "Revoke an API token", tag: "Account" },
  {
    method: "get",
    path: "/users",
    response: list("users", ZUserListItem),
    summary: "List users (administrators)",
    tag: "Users",
  },
  {
    method: "post",
    path: "/users",
    response: ZMe,
    summary: "Create a user (administrators)",
    tag: "Users",
    body: ZCreateUserInput,
    success: 201,
  },
  {
    method: "patch",
    path: "/users/{id}",
    response: ZUserActiveChange,
    summary:
      "Deactivate (`active: false`: every session ends, API tokens stop) or reactivate a user (administrators; not yourself)",
    tag: "Users",
    body: ZSetUserActiveInput,
  },
  {
    method: "delete",
    path: "/me/sessions",
    response: ZSessionsEnded,
    summary: "Sign out everywhere: every session of the caller ends, this one too (API tokens are kept)",
    tag: "Account",
  },
  {
    method: "get",
    path: "/audit",
    response: list("events", ZAccountAuditEvent),
    summary:
      "Account-level audit events, newest first, 100 at a time (administrators): users created, deactivated, reactivated, locked or throttled at sign-in, password changes, sign-outs everywhere, API tokens created and revoked",
    tag: "Users",
    query: ZUserAuditQuery,
  },
  {
    method: "get",
    path: "/projects",
    response: list("projects", ZProjectListItem),
    summary: "Projects the caller belongs to",
    tag: "Projects",
  },
  {
    method: "post",
    path: "/projects",
    response: ZProject,
    summary: "Create a project with the default label set (administrators)",
    tag: "Projects",
    body: ZCreateProjectInput,
    success: 201,
  },
  {
    method: "get",
    path: "/projects/{id}",
    response: ZProjectWithRole,
    summary: "One project and the caller's role",
    tag: "Projects",
  },
  {
    method: "get",
    path: "/projects/{id}/members",
    response: list("members", ZMember),
    summary: "Project members and roles",
    tag: "Projects",
  },
  {
    method: "put",
    path: "/projects/{id}/members",
    response: ZMemberSet,
    summary: "Add a user to the project or change their role (managers)",
    tag: "Projects",
    body: ZSetMemberInput,
  },
  {
    method: "delete",
    path: "/projects/{id}/members/{userId}",
    response: ZMemberRemoved,
    summary: "Remove a member (managers)",
    tag: "Projects",
  },
  {
    method: "get",
    path: "/projects/{id}/audit",
    response: list("events", ZAuditEvent),
    summary: "Audit trail, newest first (managers)",
    tag: "Projects",
    query: ZProjectAuditQuery,
  },
  {
    method: "get",
    path: "/projects/{id}/articles",
    response: list("articles", ZArticleListItem),
    summary: "Articles of a project",
    tag: "Articles",
    query: ZListArticlesQuery,
  },
  {
    method: "post",
    path: "/projects/{id}/articles",
    response: ZImportSummary,
    tag: "Articles",
    success: 201,
    multipart: true,
    body: z.union([ZArticleJson, z.array(ZArticleJson)]),
    summary:
      "Import articles (managers): multipart `files` (.txt, .json, .jsonl, and saved web pages .html and Word documents .docx, whose article is extracted and whose file is kept as its snapshot; field `titleMode` auto|first-line|none: a text file without a title line takes its file name as the title; field `manifest`: JSON of file name → title and date, applied over what the files say) or JSON article objects. Reports per file what was imported or refused; 422 when nothing was imported.",
  },
  {
    method: "post",
    path: "/projects/{id}/articles/from-urls",
    response: ZImportSummary,
    tag: "Articles",
    success: 201,
    body: ZImportWebPagesInput,
    summary:
      "Import web pages by address (managers): the server fetches each page (time, size and redirect limits, HTML only, no private or loopback addresses unless IMPORT_ALLOW_PRIVATE=1), extracts the article with Readability and its title, author, publisher and date from JSON-LD, OpenGraph and <meta>, and keeps the page (gzip, SHA-256, capture time). Saved .html pages and .docx documents go to the upload (multipart `files`). Reports per address what was imported or refused (no_article, private_address, wrong_type, too_large, timeout, …); 422 when nothing was imported.",
  },
  {
    method: "post",
    path: "/projects/{id}/import-runs",
    response: ZImportRun,
    tag: "Articles",
    success: 202,
    body: ZImportRunInput,
    summary:
      "Import many web pages in the background (managers): a job on the queue fetches and imports the addresses one by one with the same checks as …/articles/from-urls, saving each one's result; 202 with the run to poll",
  },
  {
    method: "get",
    path: "/import-runs/{id}",
    response: ZImportRun,
    summary:
      "A background web import's status and progress (done of total) with each address's result so far: imported with its article, or refused with the reason",
    tag: "Articles",
  },
  {
    method: "get",
    path: "/projects/{id}/assignments",
    response: list("assignments", ZAssignment),
    summary: "Who is assigned which article, with each assignee's status (an assignee's list in their order)",
    tag: "Assignments",
    query: ZListAssignmentsQuery,
  },
  {
    method: "post",
    path: "/projects/{id}/assignments",
    response: ZAssignResult,
    summary:
      "Assign articles to project members in bulk (managers): every article to every user; pairs already assigned keep their status",
    tag: "Assignments",
    body: ZAssignArticlesInput,
  },
  {
    method: "patch",
    path: "/articles/{id}/assignments/{userId}",
    response: ZAssignment,
    summary:
      "Set an assignee's status on an article: assignees move their own forward (IN_PROGRESS, DONE); managers set any, and reopen",
    tag: "Assignments",
    body: ZSetAssignmentStatusInput,
  },
  {
    method: "delete",
    path: "/articles/{id}/assignments/{userId}",
    response: ZAssignmentRemoved,
    summary: "Take an article back from an assignee (managers)",
    tag: "Assignments",
  },
  {
    method: "get",
    path: "/articles/{id}",
    response: ZArticleDetail,
    summary: "An article with its exact text and segments",
    tag: "Articles",
  },
  {
    method: "patch",
    path: "/articles/{id}",
    response: ZArticleSummary,
    summary: "Edit metadata (managers); send the version you edited, 409 if stale",
    tag: "Articles",
    body: ZUpdateArticleInput,
  },
  {
    method: "delete",
    path: "/articles/{id}",
    response: ZArticleWithProject,
    summary: "Delete an article (soft, restorable; managers)",
    tag: "Articles",
  },
  {
    method: "post",
    path: "/articles/{id}/restore",
    response: ZArticleWithProject,
    summary: "Restore a deleted article (managers)",
    tag: "Articles",
  },
  {
    method: "get",
    path: "/articles/{id}/spans",
    response: list("spans", ZSpan),
    summary: "An article's spans in text order",
    tag: "Spans",
    query: ZListSpansQuery,
  },
  {
    method: "post",
    path: "/articles/{id}/spans",
    response: ZSpan,
    tag: "Spans",
    body: ZCreateSpanInput,
    success: 201,
    summary:
      "Create a span: [start, end) in UTF-16 units of the article text, the exact quote, a client-made UUID. A retry with the same id returns the stored span (200).",
  },
  {
    method: "patch",
    path: "/articles/{id}/spans/{spanId}",
    response: ZSpan,
    summary: "Change label or note; send the version you changed (409 with the current span if stale)",
    tag: "Spans",
    body: ZUpdateSpanInput,
  },
  {
    method: "delete",
    path: "/articles/{id}/spans/{spanId}",
    response: ZSpan,
    summary: "Delete a span (soft; version-checked)",
    tag: "Spans",
    body: ZVersionInput,
  },
  {
    method: "post",
    path: "/articles/{id}/spans/{spanId}/restore",
    response: ZSpan,
    summary: "Undo a span deletion (version-checked)",
    tag: "Spans",
    body: ZVersionInput,
  },
  {
    method: "post",
    path: "/articles/{id}/versions",
    response: ZRevisionResult,
    tag: "Articles",
    success: 201,
    multipart: true,
    body: ZReviseArticleJson,
    summary:
      "Import a new version of the article's text (managers; send the article `version` you revised, 409 if stale): JSON `text`, `url` or `refetch: true` (the article's own address, fetched like an import), or multipart `file` (.txt, .html, .docx) or `text` with field `version`. One transaction: the text becomes version n+1, the old one stays readable, segments are made again and every span is re-anchored (exact place, then quote by its context, then after Arabic folding, then within a fifth of its length in edits near its old place) and left placed, moved or orphaned with a reason; open suggestions are read again. 400/422 with the reason when the source gives no text or the same text.",
  },
  {
    method: "get",
    path: "/articles/{id}/versions",
    response: list("versions", ZArticleVersionInfo),
    summary: "The article's text versions, oldest first, with each revision's placed, moved and orphaned counts",
    tag: "Articles",
  },
  {
    method: "get",
    path: "/articles/{id}/versions/{n}",
    response: ZArticleVersionText,
    summary: "One version of the article's text (read-only)",
    tag: "Articles",
  },
  {
    method: "get",
    path: "/articles/{id}/orphans",
    response: list("orphans", ZOrphan),
    summary:
      "Spans a revision could not place in the new text: their old quote and offsets (in the text version they name), label, reason and claims. Not drawn and not exported until placed again; delete one with DELETE /articles/{id}/spans/{spanId}",
    tag: "Spans",
  },
  {
    method: "post",
    path: "/articles/{id}/orphans/{spanId}/place",
    response: ZSpan,
    summary:
      "Place an orphaned span again at [start, end) of the current text with its exact quote (version-checked, audited)",
    tag: "Spans",
    body: ZPlaceOrphanInput,
  },
  {
    method: "get",
    path: "/articles/{id}/events",
    summary:
      "Server-sent events (text/event-stream): span.upsert, span.delete, claim.change and article.revise (a new text version: load the article again) as they commit, from every app process",
    tag: "Spans",
  },
  {
    method: "get",
    path: "/projects/{id}/publisher",
    response: ZPublisherAnswer,
    summary: "Who publishes the project's fact checks (ClaimReview author and review URL template); null while unset",
    tag: "Projects",
  },
  {
    method: "put",
    path: "/projects/{id}/publisher",
    response: ZPublisherAnswer,
    summary:
      "Set the publisher (managers): organisation name, URL, logo URL and review URL template ({claimId}, {verdictId}, {articleId}); version-checked after the first save",
    tag: "Projects",
    body: ZSetPublisherInput,
  },
  {
    method: "get",
    path: "/projects/{id}/labels",
    response: list("labels", ZListedLabel),
    summary: "The project's label set with usage counts",
    tag: "Labels",
  },
  {
    method: "post",
    path: "/projects/{id}/labels",
    response: ZLabel,
    summary: "Add a label (managers)",
    tag: "Labels",
    body: ZCreateLabelInput,
    success: 201,
  },
  {
    method: "patch",
    path: "/labels/{id}",
    response: ZLabel,
    summary: "Rename, recolour, change hotkey or order (managers; version-checked)",
    tag: "Labels",
    body: ZUpdateLabelInput,
  },
  {
    method: "delete",
    path: "/labels/{id}",
    response: ZLabelDeleted,
    summary: "Delete a label (managers); 409 while spans use it unless reassignTo names the label that takes them over",
    tag: "Labels",
    query: ZDeleteLabelQuery,
  },
  {
    method: "get",
    path: "/articles/{id}/claims",
    response: list("claims", ZListedClaim),
    summary: "An article's claims in text order, with figures, speaker, entities and English translation",
    tag: "Claims",
    query: ZListClaimsQuery,
  },
  {
    method: "post",
    path: "/articles/{id}/claims",
    response: ZClaim,
    tag: "Claims",
    body: ZCreateClaimInput,
    success: 201,
    summary:
      "Create a claim (client UUID; a retry returns the stored claim with 200). Casualty figures: {killed?, injured?, victims, perpetrator}; count figures: {thing, value, asOf?, since?}; a value is {qualifier: exactly|about|at_least|more_than|fewer_than|at_most|range, value | min,max}.",
  },
  {
    method: "post",
    path: "/articles/{id}/claims/prefill",
    response: ZClaimPrefill,
    summary: "Proposed kind and figures for a selection [start, end), parsed from the Arabic; stores nothing",
    tag: "Claims",
    body: ZClaimPrefillInput,
  },
  {
    method: "patch",
    path: "/claims/{id}",
    response: ZClaim,
    summary:
      "Edit a claim (version-checked; figures re-validated; only reviewers and managers set status REVIEWED, 403 otherwise)",
    tag: "Claims",
    body: ZUpdateClaimInput,
  },
  {
    method: "delete",
    path: "/claims/{id}",
    response: ZClaim,
    summary: "Delete a claim (soft; version-checked)",
    tag: "Claims",
    body: ZVersionInput,
  },
  {
    method: "post",
    path: "/claims/{id}/restore",
    response: ZClaim,
    summary: "Undo a claim deletion",
    tag: "Claims",
    body: ZVersionInput,
  },
  {
    method: "get",
    path: "/claims/{id}/english-draft",
    response: ZEnglishDraft,
    summary: "An English draft built only from the claim's fields (gaps marked […])",
    tag: "Claims",
  },
  {
    method: "get",
    path: "/projects/{id}/entities",
    response: list("entities", ZListedEntity),
    summary: "Entity registry; q matches Arabic names ignoring tatweel, diacritics, hamza forms and ال",
    tag: "Entities",
    query: ZListEntitiesQuery,
  },
  {
    method: "post",
    path: "/projects/{id}/entities",
    response: ZEntity,
    summary: "Register an entity",
    tag: "Entities",
    body: ZCreateEntityInput,
    success: 201,
  },
  {
    method: "get",
    path: "/entities/{id}",
    response: ZEntityProfile,
    summary: "An entity with every claim it made or is about, across articles",
    tag: "Entities",
  },
  {
    method: "patch",
    path: "/entities/{id}",
    response: ZEntity,
    summary: "Edit names, aliases or kind (version-checked)",
    tag: "Entities",
    body: ZUpdateEntityInput,
  },
  {
    method: "post",
    path: "/entities/{id}/merge",
    response: ZEntityMerge,
    summary: "Merge another entity into this one, moving every reference (reviewers, managers)",
    tag: "Entities",
    body: z.object({ sourceId: z.uuid() }),
  },
  {
    method: "get",
    path: "/articles/{id}/translations",
    response: list("translations", ZTranslation),
    summary: "Current English of every paragraph, span and claim of the article",
    tag: "Translations",
  },
  {
    method: "put",
    path: "/articles/{id}/translations",
    response: ZStoredTranslation,
    summary: "Save a new revision of a translation (baseVersion null for the first; 409 if stale)",
    tag: "Translations",
    body: ZSaveTranslationInput,
  },
  {
    method: "patch",
    path: "/translations/{id}",
    response: ZStoredTranslation,
    summary: "Mark the version you read reviewed, or back to draft (reviewers)",
    tag: "Translations",
    body: ZReviewTranslationInput,
  },
  {
    method: "get",
    path: "/translations/{id}/history",
    response: list("revisions", ZTranslationRevision),
    summary: "Every saved version, newest first",
    tag: "Translations",
  },
  {
    method: "get",
    path: "/machine-translation",
    response: ZMachineTranslationStatus,
    summary: "Whether machine translation is set up on this server (MT_PROVIDER), with its engine and model",
    tag: "Translations",
  },
  {
    method: "post",
    path: "/articles/{id}/translations/machine",
    response: ZStoredTranslation,
    summary:
      "Machine-translate a paragraph or a claim's quote into a draft revision (origin MACHINE, with engine and model); the engine's failure (429, 5xx, timeout, bad answer) is 502/503/504 with its message and stores nothing",
    tag: "Translations",
    body: ZMachineTranslateInput,
  },
  {
    method: "post",
    path: "/articles/{id}/translation-runs",
    response: ZTranslationRun,
    summary:
      "Machine-translate every untranslated paragraph in the background: 202 with the run to poll (or the run already going)",
    tag: "Translations",
    success: 202,
  },
  {
    method: "get",
    path: "/translation-runs/{id}",
    response: ZTranslationRun,
    summary: "A machine translation run's status and progress: done of total, failed paragraphs and the last error",
    tag: "Translations",
  },
  {
    method: "get",
    path: "/projects/{id}/glossary",
    response: list("terms", ZGlossaryTerm),
    summary:
      "The project glossary (Arabic term → English) that claims' English drafts use; ?deleted=true: removed terms",
    tag: "Translations",
    query: ZListGlossaryQuery,
  },
  {
    method: "post",
    path: "/projects/{id}/glossary",
    response: ZGlossaryTerm,
    summary: "Add a term (managers); the same term in another spelling is a 409 with the one there",
    tag: "Translations",
    body: ZCreateGlossaryTermInput,
    success: 201,
  },
  {
    method: "patch",
    path: "/glossary/{id}",
    response: ZGlossaryTerm,
    summary: "Change a term's Arabic, English or note (managers; version-checked)",
    tag: "Translations",
    body: ZUpdateGlossaryTermInput,
  },
  {
    method: "delete",
    path: "/glossary/{id}",
    response: ZGlossaryTerm,
    summary: "Remove a term (managers; soft, restorable, version-checked)",
    tag: "Translations",
    body: ZVersionInput,
  },
  {
    method: "post",
    path: "/glossary/{id}/restore",
    response: ZGlossaryTerm,
    summary: "Put a removed term back (managers; version-checked)",
    tag: "Translations",
    body: ZVersionInput,
  },
  {
    method: "get",
    path: "/projects/{id}/events",
    response: list("events", ZListedEvent),
    summary:
      "Events with their claim counts, incidents proposed by clustering among them (status PROPOSED); merged and rejected ones are hidden",
    tag: "Events",
    query: ZListEventsQuery,
  },
  {
    method: "post",
    path: "/projects/{id}/events",
    response: ZEvent,
    summary: "Register an event (title in Arabic and/or English, date, place)",
    tag: "Events",
    body: ZCreateEventInput,
    success: 201,
  },
  {
    method: "get",
    path: "/events/{id}",
    response: ZEventView,
    summary:
      "Every claim about the event from every article, side by side; figures that disagree are listed in `disagreements`",
    tag: "Events",
  },
  {
    method: "patch",
    path: "/events/{id}",
    response: ZEvent,
    summary: "Edit an event (version-checked)",
    tag: "Events",
    body: ZUpdateEventInput,
  },
  {
    method: "post",
    path: "/events/{id}/confirm",
    response: ZIncident,
    summary: "Confirm a proposed incident: it becomes an event as any other (version-checked)",
    tag: "Incidents",
    body: ZConfirmIncidentInput,
  },
  {
    method: "post",
    path: "/events/{id}/reject",
    response: ZRejectedIncident,
    summary:
      "Reject a proposed incident: its claims are released (no event) and clustering does not group them again; the row is kept as REJECTED",
    tag: "Incidents",
    body: ZRejectIncidentInput,
  },
  {
    method: "post",
    path: "/events/{id}/merge",
    response: ZMergedIncident,
    summary:
      "Merge incident sourceId into this one: its claims move here keeping who placed them; it is hidden and can be unmerged (both versions checked)",
    tag: "Incidents",
    body: ZMergeIncidentInput,
  },
  {
    method: "post",
    path: "/events/{id}/unmerge",
    response: ZUnmergedIncident,
    summary:
      "Undo a merge: the merged incident shows again and takes back its claims that are still in the incident it was merged into",
    tag: "Incidents",
    body: ZUnmergeIncidentInput,
  },
  {
    method: "post",
    path: "/events/{id}/split",
    response: ZSplitIncident,
    summary:
      "Move chosen claims out to a new incident (client id optional; a retry returns 200 with the same incident)",
    tag: "Incidents",
    body: ZSplitIncidentInput,
    success: 201,
  },
  {
    method: "get",
    path: "/events/{id}/ledger",
    tag: "Incidents",
    response: ZIncidentLedger,
    summary:
      "The incident ledger: one row per report of figures (article, date, source and its type, proposed or accepted), each source's latest figure, killed and injured as min–max per victim category (max null = no upper bound), and a proposed grade with its reasons beside the reviewer's grade",
  },
  {
    method: "put",
    path: "/events/{id}/grade",
    response: ZIncident,
    summary: "Reviewers: confirm or change the incident's grade, with a rationale (version-checked, audited)",
    tag: "Incidents",
    body: ZSetIncidentGradeInput,
  },
  {
    method: "get",
    path: "/projects/{id}/claims",
    response: list("claims", ZLinkableClaim),
    summary: "Search claims to link to",
    tag: "Links",
    query: ZSearchClaimsQuery,
  },
  {
    method: "get",
    path: "/claims/{id}/links",
    response: list("links", ZClaimLink),
    summary: "A claim's links with the claim at the other end",
    tag: "Links",
  },
  {
    method: "post",
    path: "/projects/{id}/links",
    response: ZLink,
    summary: "Link two claims (agrees / contradicts / updates / related); replaces a system suggestion for the pair",
    tag: "Links",
    body: ZCreateLinkInput,
    success: 201,
  },
  {
    method: "patch",
    path: "/links/{id}",
    response: ZLink,
    summary: "Reviewers: confirm, dismiss (with reason), change relation, or reopen (version-checked, audited)",
    tag: "Links",
    body: ZReviewLinkInput,
  },
  {
    method: "get",
    path: "/projects/{id}/queue",
    response: list("links", ZQueueLink),
    summary:
      "Reviewers' queue: links with both claims in context (articleId, start, end, quote, proposed: machine-proposed or accepted), reason code and parameters",
    tag: "Links",
    query: ZReviewQueueQuery,
  },
  {
    method: "get",
    path: "/projects/{id}/verdicts",
    response: list("verdicts", ZVerdict),
    summary: "Standing verdicts",
    tag: "Verdicts",
    query: ZListVerdictsQuery,
  },
  {
    method: "post",
    path: "/projects/{id}/verdicts",
    response: ZVerdict,
    summary: "Record a verdict on a claim or an event (reviewers); supersedes the standing one",
    tag: "Verdicts",
    body: ZRecordVerdictInput,
    success: 201,
  },
  {
    method: "post",
    path: "/verdicts/{id}/withdraw",
    response: ZVerdict,
    summary: "Reopen: the verdict stops standing, kept in history",
    tag: "Verdicts",
  },
  {
    method: "get",
    path: "/projects/{id}/overview",
    response: ZProjectOverview,
    summary: "Article-by-article agreement matrix and per-event figure timelines",
    tag: "Links",
  },
  {
    method: "get",
    path: "/projects/{id}/independent-annotation",
    response: ZIndependentAnnotation,
    summary: "Whether the project annotates independently",
    tag: "Agreement",
  },
  {
    method: "put",
    path: "/projects/{id}/independent-annotation",
    response: ZIndependentAnnotation,
    summary:
      "Turn independent annotation on or off (managers): analysts assigned to the same article then see only their own spans and claims on it (lists and live events) until a curator marks it curated; reviewers and managers see everything",
    tag: "Agreement",
    body: ZIndependentAnnotation,
  },
  {
    method: "put",
    path: "/articles/{id}/curation",
    response: ZCuration,
    summary:
      "Mark the article curated, or reopen it (reviewers and managers): curated, its analysts see each other's work",
    tag: "Agreement",
    body: ZSetCuratedInput,
  },
  {
    method: "get",
    path: "/articles/{id}/curation",
    response: ZCurationView,
    summary:
      "The curation view of an article (reviewers and managers): each analyst's spans with the claims on them lined up item by item, what differs per item (label, boundaries, missing in some layers, claims), and the curated layer's spans beside them",
    tag: "Agreement",
  },
  {
    method: "post",
    path: "/articles/{id}/curation/items",
    response: ZCurationView,
    summary:
      "Decide one item of the curation view (reviewers and managers): take one analyst's version, merge every version, put an edited span in, or reject the item; answers the view as it is afterwards. 400 for spans that are not the article's analysts' live spans or curated spans that are not in the curated layer",
    tag: "Agreement",
    body: ZResolveItemInput,
  },
  {
    method: "post",
    path: "/articles/{id}/curation/take",
    response: ZTakenVersion,
    summary:
      "Take one analyst's version into the curated layer (reviewers and managers): the analyst's spans, all or those listed, copied as the curator's own; 400 for an analyst not assigned to the article or spans that are not theirs",
    tag: "Agreement",
    body: ZTakeVersionInput,
  },
  {
    method: "get",
    path: "/projects/{id}/agreement",
    response: ZAgreementReport,
    summary:
      "Agreement among analysts over the articles at least two of them finished (assignment done): spans per label and pair (Krippendorff's α nominal over character units with no label as a category, Cohen's κ, span F1 exact and overlapping), claims matched by their spans (α per field), and the articles with the most disagreement first. format=csv downloads the same figures, one measure per row. 400 for an id that is not the project's label, member or live article.",
    tag: "Agreement",
    query: ZAgreementQuery,
  },
  {
    method: "get",
    path: "/projects/{id}/export",
    tag: "Datasets",
    summary:
      "Export the project (managers), streamed: jsonl (native, re-importable: a header line, then one line per article), csv (one row per claim, UTF-8 with BOM), w3c (Web Annotation JSON-LD, code-point offsets), brat (zip of .txt/.ann), claimreview (schema.org JSON-LD), incidents (zip of incidents.csv, sources.csv, figures.csv: the incident ledgers, accepted claims only unless proposed=true). X-Export-Articles gives the article count (for incidents, the incident count).",
    query: ZExportSearchQuery,
  },
  {
    method: "post",
    path: "/projects/{id}/import",
    response: ZDatasetImportResult,
    tag: "Datasets",
    success: 201,
    summary:
      "Import a JSONL dataset (this API's jsonl export) into an empty project (managers): the file as the request body (application/x-ndjson, streamed) or multipart field `file`. All or nothing; 400 names the first bad line and why; 409 if the project has articles, entities or events.",
  },
  {
    method: "get",
    path: "/articles/{id}/suggestions",
    response: ZSuggestionList,
    tag: "Suggestions",
    summary:
      "The engine's proposals for the article, in text order: each with its main range (start, end, quote — draw it dashed), label key, one-line summary, parts (speaker, verb, channel, content, figure, victims, perpetrator, since, asOf: ranges with role and text), the claim accepting would create, and a resolved date or matched entity. Also open counts per kind and the newest run that read the article.",
    query: ZArticleSuggestionsQuery,
  },
  {
    method: "post",
    path: "/articles/{id}/suggestions/run",
    response: ZArticleSuggestionRun,
    summary: "Read the article again now; returns its open suggestions (rejected and accepted ones stay decided)",
    tag: "Suggestions",
  },
  {
    method: "post",
    path: "/articles/{id}/suggestions/decide",
    response: ZDecideResult,
    summary:
      "Accept or reject every open suggestion of one kind in the article; accepting reports the ones that could not be accepted, with why",
    tag: "Suggestions",
    body: ZDecideKindInput,
  },
  {
    method: "post",
    path: "/suggestions/{id}/accept",
    response: ZAcceptResult,
    tag: "Suggestions",
    body: ZAcceptSuggestionInput,
    success: 201,
    bodyDescription: "Optional; an empty POST accepts as proposed",
    summary:
      "Accept, optionally with edits (offsets, label, speaker span or null, claim fields or null for a span only): creates a normal span, a speaker span for statements and a claim, authored by the caller. Ids are derived from the suggestion, so a retry returns the same (200).",
  },
  {
    method: "post",
    path: "/suggestions/{id}/reject",
    response: ZSuggestion,
    summary: "Reject; the suggestion is kept as rejected so later runs do not propose it again",
    tag: "Suggestions",
    body: ZRejectSuggestionInput,
  },
  {
    method: "get",
    path: "/projects/{id}/suggestions/run",
    response: list("runs", ZSuggestionRun),
    summary:
      "Recent suggestion runs (after imports and on demand) with status, done of total, percent and new suggestions",
    tag: "Suggestions",
  },
  {
    method: "post",
    path: "/projects/{id}/suggestions/run",
    response: ZStartedRun,
    summary: "Read every article of the project in the background: 202 with the run to poll (or the run already going)",
    tag: "Suggestions",
    success: 202,
  },
  {
    method: "get",
    path: "/suggestion-runs/{id}",
    response: ZSuggestionRun,
    summary: "One run's status and progress; a run its server never finished reads as FAILED (interrupted)",
    tag: "Suggestions",
  },
  {
    method: "get",
    path: "/projects/{id}/search",
    response: ZSearchResponse,
    tag: "Search",
    summary:
      "One search over articles, spans, claims, translations and entities, Arabic and English: spelling variants, the article, tatweel and diacritics do not matter (PostgreSQL arabic stemming on the project's folding). Results per kind with a count (counted up to 200; `more` says there are more), a snippet with highlight offsets, the article offsets of the match and a link that opens there (#offset=start-end).",
    query: ZSearchQuery,
  },
];

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
    },
  },
};

function pathParams(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
}

type TJsonSchema = { description?: string; [key: string]: unknown };

/** The query parameters of a `Z…Query` schema: types, enums, limits and defaults as the route applies them. */
function queryParams(schema: z.ZodObject | undefined) {
  if (!schema) return [];
  const json = jsonSchema(schema) as { properties?: Record<string, TJsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: json.required?.includes(name) === true && !("default" in rest),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const API_DESCRIPTION = [
  "Everything the workbench UI does. Authenticate with a session cookie or `Authorization: Bearer <personal API token>`.",
  "Bodies are JSON (`Content-Type: application/json`, else 415; multipart/form-data where files are uploaded), valid UTF-8, and no string may hold NUL or a lone surrogate (400 naming the field).",
  "Ids in paths and queries are UUIDs (400 otherwise). Writes with the session cookie must come from the app's own pages (`Origin` / `Sec-Fetch-Site`; 403 `cross_site_request` otherwise); bearer-token requests are not affected.",
  "Each API token may send `API_TOKEN_REQUESTS_PER_MINUTE` requests a minute (default 6000); beyond it, and for throttled sign-ins, the answer is 429 with `Retry-After` in seconds.",
].join("\n\n");

export function buildOpenApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const body = op.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: jsonSchema(op.body) },
              ...(op.multipart
                ? {
                    "multipart/form-data": {
                      schema: {
                        type: "object",
                        properties: {
                          files: { type: "array", items: { type: "string", format: "binary" } },
                          titleMode: { type: "string", enum: ["auto", "first-line", "none"] },
                          manifest: {
                            type: "string",
                            format: "binary",
                            description:
                              'JSON of file name → title or { title, publishedAt, source, url }, e.g. { "003.txt": { "title": "…", "publishedAt": "2023-12-09" } }',
                          },
                        },
                      },
                    },
                  }
                : {}),
            },
          },
        }
      : {};
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      tags: [op.tag],
      parameters: [...pathParams(op.path), ...queryParams(op.query)],
      ...body,
      responses: {
        [String(op.success ?? 200)]: {
          description: "Success",
          content: { "application/json": { schema: op.response ? jsonSchema(op.response, "output") : {} } },
        },
        default: {
          description: "Error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Arabic claims workbench API", version: "1", description: API_DESCRIPTION },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Personal API token from Settings" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
