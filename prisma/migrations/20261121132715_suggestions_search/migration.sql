-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('STATEMENT', 'CASUALTY', 'COUNT', 'DATE', 'PLACE', 'ORGANISATION', 'PERSON', 'OUTLET');

-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SuggestionRunTrigger" AS ENUM ('IMPORT', 'MANUAL');

-- CreateEnum
CREATE TYPE "SuggestionRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "proposal" JSONB NOT NULL,
    "state" "SuggestionState" NOT NULL DEFAULT 'OPEN',
    "engineVersion" INTEGER NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "spanId" UUID,
    "claimId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionRun" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "trigger" "SuggestionRunTrigger" NOT NULL,
    "articleIds" UUID[],
    "status" "SuggestionRunStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "proposed" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuggestionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Suggestion_articleId_state_start_idx" ON "Suggestion"("articleId", "state", "start");

-- CreateIndex
CREATE INDEX "Suggestion_projectId_state_kind_idx" ON "Suggestion"("projectId", "state", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_articleId_fingerprint_key" ON "Suggestion"("articleId", "fingerprint");

-- CreateIndex
CREATE INDEX "SuggestionRun_projectId_createdAt_idx" ON "SuggestionRun"("projectId", "createdAt");

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_spanId_fkey" FOREIGN KEY ("spanId") REFERENCES "Span"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionRun" ADD CONSTRAINT "SuggestionRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionRun" ADD CONSTRAINT "SuggestionRun_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Full-text search (lib/search). Not in schema.prisma: Prisma cannot express generated tsvector
-- columns, and nothing reads them through the Prisma client.
--
-- wb_search_key folds Arabic the way the project's matching does (lib/arabic/normalize.ts) before
-- PostgreSQL's `arabic` snowball stemmer sees it: tashkeel, tatweel and invisible marks removed,
-- alef/yeh/hamza-seat forms and digits folded, spelling variants unified (أميركي/أمريكي,
-- بنتاجون/بنتاغون, سوريا/سورية …) and the definite article with its proclitics (ال، وال، بال،
-- لل …) cut, because the stemmer alone stems القوات, والقوات and للقوات three different ways.
-- lib/search/search-key.ts is the same function in TypeScript; an integration test keeps them equal.
CREATE FUNCTION wb_search_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN regexp_replace(
  replace(replace(replace(replace(replace(replace(replace(
    regexp_replace(
      translate(
        regexp_replace(
          normalize(input, NFKC),
          '[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]',
          '', 'g'),
        'آأإٱىیکؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪',
        'ااااييكوي01234567890123456789.,%'),
      -- Punctuation and symbols become spaces: under a C-type locale (the embedded server's) the
      -- text-search parser counts every non-ASCII character as a letter, so «القذائف”» or
      -- «المنطقة،» would otherwise be indexed with the mark glued on.
      '[\u0001-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u00D7\u00F7\u060C\u061B\u061F\u066A-\u066D\u06D4\u2000-\u206F\u2190-\u2BFF\u3000-\u303F\uFD3E\uFD3F\uFE10-\uFE6F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\U0001F000-\U0001FAFF]',
      ' ', 'g'),
    'اميرك', 'امريك'), 'بنتاجون', 'بنتاغون'), 'تيليغرام', 'تلغرام'), 'تليغرام', 'تلغرام'), 'تلجرام', 'تلغرام'),
    'مليشي', 'ميليشي'), 'سوريا', 'سورية'),
  '(^|[^\u0621-\u064A])(?:[وف]?[بك]?ال|[وف]?لل)([\u0621-\u064A]{2,})', '\1\2', 'g');

-- One document vector: the Arabic text folded and stemmed, plus English stems.
CREATE FUNCTION wb_search_vector(arabic text, english text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('arabic'::regconfig, wb_search_key(coalesce(arabic, '')))
    || to_tsvector('english'::regconfig, coalesce(english, ''));

-- One query word or phrase, matched either way: folded Arabic stems or English stems.
CREATE FUNCTION wb_search_term(term text, phrase boolean) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN phrase
  THEN phraseto_tsquery('arabic'::regconfig, wb_search_key(term)) || phraseto_tsquery('english'::regconfig, term)
  ELSE plainto_tsquery('arabic'::regconfig, wb_search_key(term)) || plainto_tsquery('english'::regconfig, term)
END;

-- array_to_string is only STABLE (it could call arbitrary output functions); for text[] it is immutable.
CREATE FUNCTION wb_join(parts text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(array_to_string(parts, ' '), '');

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(wb_search_vector("title", "title"), 'A') || wb_search_vector("text", '')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ALTER TABLE "Span" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  wb_search_vector("quote" || ' ' || "note", "note")
) STORED;
CREATE INDEX "Span_searchVector_idx" ON "Span" USING GIN ("searchVector");

-- A claim is found by its own fields and by the words of its claim span and speaker span, so its
-- vector is kept by triggers (a generated column cannot read another table): on every write of
-- the claim, and when a span's quote changes (re-anchoring after a text correction).
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION wb_claim_search_text(claim "Claim") RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN concat_ws(' ', claim."attribution", claim."channel", claim."place", claim."note",
  claim."figures"->>'thing', claim."figures"->>'victims', claim."figures"->>'perpetrator',
  (SELECT s."quote" FROM "Span" s WHERE s."id" = claim."claimSpanId"),
  (SELECT s."quote" FROM "Span" s WHERE s."id" = claim."speakerSpanId"));

CREATE FUNCTION wb_claim_search_vector_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := wb_search_vector(wb_claim_search_text(NEW), wb_claim_search_text(NEW));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Claim_searchVector_trigger" BEFORE INSERT OR UPDATE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION wb_claim_search_vector_trigger();

CREATE FUNCTION wb_span_quote_search_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Rewriting the claims runs their trigger, which reads the new quote.
  UPDATE "Claim" SET "searchVector" = NULL WHERE "claimSpanId" = NEW."id" OR "speakerSpanId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Span_quote_search_trigger" AFTER UPDATE OF "quote" ON "Span"
  FOR EACH ROW WHEN (OLD."quote" IS DISTINCT FROM NEW."quote") EXECUTE FUNCTION wb_span_quote_search_trigger();

UPDATE "Claim" SET "searchVector" = NULL;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

ALTER TABLE "TranslationRevision" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  wb_search_vector("text", "text")
) STORED;
CREATE INDEX "TranslationRevision_searchVector_idx" ON "TranslationRevision" USING GIN ("searchVector");

ALTER TABLE "Entity" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(wb_search_vector("nameAr" || ' ' || wb_join("aliases"), "nameEn" || ' ' || wb_join("aliases")), 'A')
) STORED;
CREATE INDEX "Entity_searchVector_idx" ON "Entity" USING GIN ("searchVector");

-- Search lists matches newest first: with these the planner can walk a project's rows in that
-- order and stop after a page when a word is common, or use the GIN index when it is rare.
CREATE INDEX "Article_projectId_publishedAt_search_idx" ON "Article" ("projectId", "publishedAt" DESC NULLS LAST, "id" DESC);
CREATE INDEX "Span_projectId_createdAt_search_idx" ON "Span" ("projectId", "createdAt" DESC, "id" DESC);
CREATE INDEX "Claim_projectId_createdAt_search_idx" ON "Claim" ("projectId", "createdAt" DESC, "id" DESC);
-- Results leave out a project's deleted articles: this finds them without reading the table.
CREATE INDEX "Article_projectId_deleted_search_idx" ON "Article" ("projectId") WHERE "deletedAt" IS NOT NULL;
-- A span's quote changes its claims' vectors (the trigger above looks them up by these).
CREATE INDEX "Claim_claimSpanId_search_idx" ON "Claim" ("claimSpanId");
CREATE INDEX "Claim_speakerSpanId_search_idx" ON "Claim" ("speakerSpanId");
