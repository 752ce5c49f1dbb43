import { ZodError, type ZodType } from "zod";
import { textHash } from "../articles/text-hash";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { claimKeys } from "../claims/claim-keys";
import { parseFigures } from "../claims/figures";
import { db, type Tx } from "../db";
import { entityMatchKeys } from "../entities/entity-input";
import { AppError, ConflictError, ValidationError } from "../errors";
import {
  ZDatasetArticle,
  ZDatasetHeader,
  type TDatasetArticle,
  type TDatasetHeader,
  type TDatasetLink,
  type TDatasetVerdict,
} from "../export/jsonl";
import type { Prisma } from "../generated/prisma/client";
import { pairKey } from "../links/link-select";
import { requireMembership } from "../projects/require-membership";
import { validateSpanRange } from "../spans/validate-span-range";
import { DatasetLineError, describeZodError } from "./dataset-error";
import { remapId } from "./remap-id";

/**
 * Imports a JSONL dataset (lib/export/jsonl.ts) into an empty project (managers only), in one
 * transaction: every line is validated (shape by zod, then consistency: offsets and quotes against
 * the text, references to labels, entities, events, spans and claims, figures by the claim rules)
 * and the first bad line stops the import with its number and the reason; nothing is kept.
 *
 * Everything gets a new id (lib/datasets/remap-id.ts); references follow. Authors are matched to
 * accounts by email; a person without an account here is recorded by name as a deactivated
 * placeholder account (it cannot sign in, belongs to no project, and a later import matches it
 * by email), so who made each annotation survives the trip. Times, versions, deletions and review
 * states are kept as exported. "Empty" means no articles (not even deleted ones), entities or
 * events; the project's labels are matched by key and take the file's names, colours and hotkeys.
 */

export type TImportDatasetResult = {
  articles: number;
  spans: number;
  claims: number;
  translations: number;
  links: number;
  verdicts: number;
  entities: number;
  events: number;
  labelsCreated: number;
  users: { matched: number; placeholders: { name: string; email: string }[] };
};

/** Stored for placeholder accounts: not a hash any password can match. */
const PLACEHOLDER_PASSWORD_HASH = "!imported-placeholder";
/** Rows gathered before they are written, so a large file goes in as a few large statements. */
const FLUSH_ARTICLES = 100;
const FLUSH_SPANS = 5_000;

type TPerson = { name: string; email: string } | null;

function parseLine<T>(schema: ZodType<T>, value: unknown, line: number): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DatasetLineError(line, describeZodError(parsed.error));
  return parsed.data;
}

const date = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));
const day = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

export async function importJsonl(options: {
  actor: ActingUser;
  projectId: string;
  lines: AsyncIterable<string>;
  /** The uploaded file's name, for the audit trail. */
  source?: string;
  onProgress?: (articles: number) => void;
}): Promise<TImportDatasetResult> {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  return db.$transaction(
    async (tx) => {
      await assertEmpty(tx, projectId);
      const run = new DatasetImport(tx, actor, projectId);
      let line = 0;
      let sawHeader = false;
      for await (const text of options.lines) {
        line++;
        if (text.trim() === "") continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          throw new DatasetLineError(line, `not valid JSON (${(error as Error).message})`);
        }
        const type =
          value && typeof value === "object" && "type" in value ? (value as { type: unknown }).type : undefined;
        if (!sawHeader) {
          if (type !== "project")
            throw new DatasetLineError(line, 'the first line must be the dataset header ("type": "project")');
          await run.header(parseLine(ZDatasetHeader, value, line), line);
          sawHeader = true;
        } else if (type === "article") {
          await run.article(parseLine(ZDatasetArticle, value, line), line);
          options.onProgress?.(run.counts.articles);
        } else {
          throw new DatasetLineError(
            line,
            type === "project"
              ? "a second dataset header"
              : `unknown record type ${JSON.stringify(type)} (expected "article")`,
          );
        }
      }
      if (!sawHeader) throw new ValidationError("The file is empty: a dataset starts with its header line");
      const result = await run.finish();
      await recordAudit(tx, {
        actorId: actor.id,
        projectId,
        action: "dataset.import",
        entityType: "Project",
        entityId: projectId,
        after: { source: options.source ?? null, ...result },
      });
      return result;
    },
    { maxWait: 10_000, timeout: 60 * 60_000 },
  );
}

async function assertEmpty(tx: Tx, projectId: string): Promise<void> {
  // The row lock makes a second import into the same project wait, then see this one's articles.
  await tx.$queryRaw`select id from "Project" where id = ${projectId}::uuid for update`;
  const [articles, entities, events] = [
    await tx.article.count({ where: { projectId } }),
    await tx.entity.count({ where: { projectId } }),
    await tx.event.count({ where: { projectId } }),
  ];
  if (articles + entities + events > 0) {
    throw new ConflictError(
      "A dataset imports only into an empty project: this one already has articles, entities or events",
      { articles, entities, events },
    );
  }
}

class DatasetImport {
  readonly counts = {
    articles: 0,
    spans: 0,
    claims: 0,
    translations: 0,
    links: 0,
    verdicts: 0,
    entities: 0,
    events: 0,
    labelsCreated: 0,
  };
  private labels = new Map<string, string>();
  private entities = new Set<string>();
  private events = new Set<string>();
  private claims = new Set<string>();
  private articleIds = new Set<string>();
  private hashes = new Set<string>();
  private users = new Map<string, string>();
  private matched = 0;
  private placeholders: { name: string; email: string }[] = [];
  private pendingLinks: { link: TDatasetLink; line: number }[] = [];
  private pendingVerdicts: { verdict: TDatasetVerdict; line: number }[] = [];
  private rows = emptyRows();

  constructor(
    private readonly tx: Tx,
    private readonly actor: ActingUser,
    private readonly projectId: string,
  ) {}

  private id(kind: string, fileId: string): string {
    return remapId(this.projectId, kind, fileId);
  }

  /** The account id for a person of the file: matched by email, or a placeholder made once. */
  private async user(person: TPerson): Promise<string | null> {
    if (!person) return null;
    const email = person.email.trim().toLowerCase();
    const known = this.users.get(email);
    if (known) return known;
    const existing = await this.tx.user.findUnique({ where: { email }, select: { id: true } });
    let id: string;
    if (existing) {
      id = existing.id;
      this.matched++;
    } else {
      const created = await this.tx.user.create({
        data: {
          email,
          name: person.name.trim() || email,
          passwordHash: PLACEHOLDER_PASSWORD_HASH,
          deactivatedAt: new Date(),
        },
        select: { id: true, email: true, name: true },
      });
      await recordAudit(this.tx, {
        actorId: this.actor.id,
        projectId: this.projectId,
        action: "user.placeholder",
        entityType: "User",
        entityId: created.id,
        after: created,
      });
      this.placeholders.push({ name: created.name, email: created.email });
      id = created.id;
    }
    this.users.set(email, id);
    return id;
  }

  async header(header: TDatasetHeader, line: number): Promise<void> {
    const fail = (reason: string) => new DatasetLineError(line, reason);
    const unique = (ids: string[], what: string) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) throw fail(`${what} id ${JSON.stringify(id)} appears twice`);
        seen.add(id);
      }
    };
    unique(
      header.labels.map((l) => l.id),
      "label",
    );
    unique(
      header.entities.map((e) => e.id),
      "entity",
    );
    unique(
      header.events.map((e) => e.id),
      "event",
    );
    const hotkeys = header.labels.filter((l) => l.deletedAt === null && l.hotkey !== null).map((l) => String(l.hotkey));
    if (new Set(hotkeys).size !== hotkeys.length) throw fail("two live labels share a hotkey");

    // Labels: the project's live labels are matched by key; the rest are created.
    const existing = await this.tx.label.findMany({
      where: { projectId: this.projectId, deletedAt: null },
      select: { id: true, key: true },
    });
    const byKey = new Map(existing.map((l) => [l.key, l.id]));
    await this.tx.label.updateMany({ where: { projectId: this.projectId }, data: { hotkey: null } });
    for (const label of [...header.labels].sort((a, b) => a.order - b.order)) {
      const data = {
        name: label.name,
        nameAr: label.nameAr,
        color: label.color,
        hotkey: label.hotkey,
        order: label.order,
        deletedAt: date(label.deletedAt),
      };
      const match = label.deletedAt === null ? byKey.get(label.key) : undefined;
      if (match) {
        byKey.delete(label.key);
        await this.tx.label.update({ where: { id: match }, data: { ...data, version: { increment: 1 } } });
        this.labels.set(label.id, match);
      } else {
        const id = this.id("label", label.id);
        await this.tx.label.create({ data: { ...data, id, key: label.key, projectId: this.projectId } });
        this.labels.set(label.id, id);
        this.counts.labelsCreated++;
      }
    }
    let order = header.labels.length;
    for (const id of byKey.values()) await this.tx.label.update({ where: { id }, data: { order: order++ } });

    for (const e of header.entities) {
      if (e.mergedIntoId !== null && !header.entities.some((other) => other.id === e.mergedIntoId)) {
        throw fail(`entity ${JSON.stringify(e.id)} is merged into an entity that is not in the file`);
      }
      this.entities.add(e.id);
    }
    await this.tx.entity.createMany({
      data: header.entities.map((e) => ({
        id: this.id("entity", e.id),
        projectId: this.projectId,
        kind: e.kind,
        nameAr: e.nameAr,
        nameEn: e.nameEn,
        aliases: e.aliases,
        matchKeys: entityMatchKeys(e),
        mergedIntoId: e.mergedIntoId === null ? null : this.id("entity", e.mergedIntoId),
        version: e.version,
        createdAt: date(e.createdAt) ?? undefined,
        updatedAt: date(e.updatedAt) ?? undefined,
        deletedAt: date(e.deletedAt),
      })),
    });
    for (const e of header.events) this.events.add(e.id);
    await this.tx.event.createMany({
      data: header.events.map((e) => ({
        id: this.id("event", e.id),
        projectId: this.projectId,
        titleAr: e.titleAr,
        titleEn: e.titleEn,
        occurredOn: day(e.occurredOn),
        place: e.place,
        version: e.version,
        createdAt: date(e.createdAt) ?? undefined,
        updatedAt: date(e.updatedAt) ?? undefined,
        deletedAt: date(e.deletedAt),
      })),
    });
    this.counts.entities = header.entities.length;
    this.counts.events = header.events.length;
    for (const verdict of header.verdicts) {
      if (verdict.claimId !== null)
        throw fail(
          `verdict ${JSON.stringify(verdict.id)} is on a claim: it belongs on the line of the claim's article`,
        );
      if (verdict.eventId === null || !this.events.has(verdict.eventId))
        throw fail(`verdict ${JSON.stringify(verdict.id)} is on an event that is not in the file`);
      this.pendingVerdicts.push({ verdict, line });
    }
  }

  async article(record: TDatasetArticle, line: number): Promise<void> {
    const fail = (reason: string) => new DatasetLineError(line, reason);
    const { text } = record;
    if (this.articleIds.has(record.id)) throw fail(`article id ${JSON.stringify(record.id)} appears twice`);
    if (text !== text.normalize("NFC")) throw fail("the text is not in Unicode NFC, so its offsets cannot be trusted");
    const hash = textHash(text);
    if (this.hashes.has(hash)) throw fail("the same text is in the file twice");
    this.articleIds.add(record.id);
    this.hashes.add(hash);
    const articleId = this.id("article", record.id);

    const segmentKeys = new Set<string>();
    const paragraphs = new Set<string>();
    record.segments.forEach((s, i) => {
      if (s.start > s.end || s.end > text.length)
        throw fail(`segments[${i}]: [${s.start}, ${s.end}) is outside the text (${text.length} UTF-16 units)`);
      const key = `${s.kind}:${s.index}`;
      if (segmentKeys.has(key)) throw fail(`segments[${i}]: ${s.kind.toLowerCase()} ${s.index} appears twice`);
      segmentKeys.add(key);
      if (s.kind === "PARAGRAPH") paragraphs.add(String(s.index));
    });

    const spans = new Map<string, { id: string; quote: string }>();
    for (const [i, s] of record.spans.entries()) {
      if (spans.has(s.id)) throw fail(`spans[${i}]: span id ${JSON.stringify(s.id)} appears twice`);
      try {
        validateSpanRange(text, s.start, s.end, s.quote);
      } catch (error) {
        if (error instanceof AppError) throw fail(`spans[${i}]: ${error.message}`);
        throw error;
      }
      const labelId = this.labels.get(s.labelId);
      if (!labelId) throw fail(`spans[${i}]: label ${JSON.stringify(s.labelId)} is not in the header`);
      if (s.entityId !== null && !this.entities.has(s.entityId))
        throw fail(`spans[${i}]: entity ${JSON.stringify(s.entityId)} is not in the header`);
      const id = this.id("span", `${record.id}/${s.id}`);
      spans.set(s.id, { id, quote: s.quote });
      this.rows.spans.push({
        id,
        projectId: this.projectId,
        articleId,
        labelId,
        start: s.start,
        end: s.end,
        quote: s.quote,
        prefix: s.prefix,
        suffix: s.suffix,
        note: s.note,
        entityId: s.entityId === null ? null : this.id("entity", s.entityId),
        authorId: await this.user(s.author),
        version: s.version,
        createdAt: new Date(s.createdAt),
        updatedAt: new Date(s.updatedAt),
        deletedAt: date(s.deletedAt),
      });
    }

    const localClaims = new Set<string>();
    for (const [i, c] of record.claims.entries()) {
      const at = `claims[${i}]`;
      if (this.claims.has(c.id)) throw fail(`${at}: claim id ${JSON.stringify(c.id)} appears twice in the file`);
      const claimSpan = c.claimSpanId === null ? null : spans.get(c.claimSpanId);
      if (claimSpan === undefined)
        throw fail(`${at}: claim span ${JSON.stringify(c.claimSpanId)} is not a span of this article`);
      if (c.speakerSpanId !== null && !spans.has(c.speakerSpanId))
        throw fail(`${at}: speaker span ${JSON.stringify(c.speakerSpanId)} is not a span of this article`);
      for (const entityId of [c.speakerEntityId, ...c.aboutEntityIds]) {
        if (entityId !== null && !this.entities.has(entityId))
          throw fail(`${at}: entity ${JSON.stringify(entityId)} is not in the header`);
      }
      if (new Set(c.aboutEntityIds).size !== c.aboutEntityIds.length)
        throw fail(`${at}: aboutEntityIds lists an entity twice`);
      if (c.eventId !== null && !this.events.has(c.eventId))
        throw fail(`${at}: event ${JSON.stringify(c.eventId)} is not in the header`);
      let figures: ReturnType<typeof parseFigures>;
      try {
        figures = parseFigures(c.kind, c.figures);
      } catch (error) {
        if (error instanceof ZodError) throw fail(`${at}.figures: ${describeZodError(error)}`);
        throw error;
      }
      this.claims.add(c.id);
      localClaims.add(c.id);
      const id = this.id("claim", c.id);
      this.rows.claims.push({
        id,
        projectId: this.projectId,
        articleId,
        kind: c.kind,
        claimSpanId: claimSpan?.id ?? null,
        speakerSpanId: c.speakerSpanId === null ? null : (spans.get(c.speakerSpanId)?.id ?? null),
        speakerEntityId: c.speakerEntityId === null ? null : this.id("entity", c.speakerEntityId),
        attribution: c.attribution,
        channel: c.channel,
        figures: figures as Prisma.InputJsonValue,
        occurredOn: day(c.occurredOn),
        place: c.place,
        sourceText: c.sourceText,
        sourceType: c.sourceType,
        ...(c.provenance ? { provenance: c.provenance } : {}),
        eventId: c.eventId === null ? null : this.id("event", c.eventId),
        status: c.status,
        note: c.note,
        ...claimKeys({ quote: claimSpan?.quote ?? null, kind: c.kind, figures }),
        authorId: await this.user(c.author),
        version: c.version,
        createdAt: new Date(c.createdAt),
        updatedAt: new Date(c.updatedAt),
        deletedAt: date(c.deletedAt),
      });
      for (const entityId of c.aboutEntityIds)
        this.rows.claimEntities.push({ claimId: id, entityId: this.id("entity", entityId) });
    }

    const targets = new Set<string>();
    for (const [i, t] of record.translations.entries()) {
      const at = `translations[${i}]`;
      const known =
        t.targetType === "SEGMENT"
          ? paragraphs.has(t.targetKey)
          : t.targetType === "SPAN"
            ? spans.has(t.targetKey)
            : localClaims.has(t.targetKey);
      if (!known)
        throw fail(
          `${at}: the ${t.targetType.toLowerCase()} ${JSON.stringify(t.targetKey)} it translates is not in this article`,
        );
      const key = `${t.targetType}:${t.targetKey}`;
      if (targets.has(key)) throw fail(`${at}: a second translation of the same ${t.targetType.toLowerCase()}`);
      targets.add(key);
      const versions = t.revisions.map((r) => r.version);
      if (new Set(versions).size !== versions.length) throw fail(`${at}: two revisions have the same version`);
      if (!versions.includes(t.version) || Math.max(...versions) !== t.version)
        throw fail(`${at}: version ${t.version} is not its newest revision`);
      const targetKey =
        t.targetType === "SEGMENT"
          ? t.targetKey
          : t.targetType === "SPAN"
            ? (spans.get(t.targetKey)?.id ?? "")
            : this.id("claim", t.targetKey);
      const id = this.id("translation", `${record.id}/${key}`);
      this.rows.translations.push({
        id,
        projectId: this.projectId,
        articleId,
        targetType: t.targetType,
        targetKey,
        status: t.status,
        version: t.version,
        reviewedById: await this.user(t.reviewedBy),
        reviewedAt: date(t.reviewedAt),
        createdAt: new Date(t.createdAt),
        updatedAt: new Date(t.updatedAt),
      });
      for (const r of t.revisions) {
        this.rows.revisions.push({
          translationId: id,
          version: r.version,
          text: r.text,
          origin: r.origin,
          engine: r.engine ?? null,
          engineModel: r.engineModel ?? null,
          authorId: await this.user(r.author),
          createdAt: new Date(r.createdAt),
        });
      }
    }

    for (const link of record.links) {
      if (!localClaims.has(link.fromClaimId))
        throw fail(
          `link ${JSON.stringify(link.id)} starts at claim ${JSON.stringify(link.fromClaimId)}, which is not a claim of this article`,
        );
      this.pendingLinks.push({ link, line });
    }
    for (const verdict of record.verdicts) {
      if (verdict.claimId === null || !localClaims.has(verdict.claimId))
        throw fail(`verdict ${JSON.stringify(verdict.id)} is not on a claim of this article`);
      if (verdict.eventId !== null && !this.events.has(verdict.eventId))
        throw fail(
          `verdict ${JSON.stringify(verdict.id)}: event ${JSON.stringify(verdict.eventId)} is not in the header`,
        );
      this.pendingVerdicts.push({ verdict, line });
    }

    this.rows.articles.push({
      id: articleId,
      projectId: this.projectId,
      title: record.title,
      source: record.source,
      url: record.url,
      publishedAt: day(record.publishedAt),
      language: record.language,
      text,
      textHash: hash,
      status: record.status,
      version: record.version,
      textVersion: record.articleVersion ?? 1,
      createdById: await this.user(record.createdBy),
      createdAt: new Date(record.createdAt),
      updatedAt: new Date(record.updatedAt),
    });
    for (const s of record.segments)
      this.rows.segments.push({
        articleId,
        kind: s.kind,
        index: s.index,
        paragraphIndex: s.paragraphIndex,
        start: s.start,
        end: s.end,
      });
    this.rows.audits.push({
      actorId: this.actor.id,
      projectId: this.projectId,
      action: "dataset.import",
      entityType: "Article",
      entityId: articleId,
      after: {
        title: record.title,
        fileId: record.id,
        spans: record.spans.length,
        claims: record.claims.length,
        translations: record.translations.length,
      },
    });
    this.counts.articles++;
    this.counts.spans += record.spans.length;
    this.counts.claims += record.claims.length;
    this.counts.translations += record.translations.length;
    if (this.rows.articles.length >= FLUSH_ARTICLES || this.rows.spans.length >= FLUSH_SPANS) await this.flush();
  }

  /** Writes the gathered rows, parents before children. */
  private async flush(): Promise<void> {
    const rows = this.rows;
    this.rows = emptyRows();
    if (rows.articles.length) await this.tx.article.createMany({ data: rows.articles });
    if (rows.segments.length) await this.tx.segment.createMany({ data: rows.segments });
    if (rows.spans.length) await this.tx.span.createMany({ data: rows.spans });
    if (rows.claims.length) await this.tx.claim.createMany({ data: rows.claims });
    if (rows.claimEntities.length) await this.tx.claimEntity.createMany({ data: rows.claimEntities });
    if (rows.translations.length) await this.tx.translation.createMany({ data: rows.translations });
    if (rows.revisions.length) await this.tx.translationRevision.createMany({ data: rows.revisions });
    if (rows.audits.length) await this.tx.auditEvent.createMany({ data: rows.audits });
  }

  /** Links and verdicts point at claims anywhere in the file, so they are checked once all lines are read. */
  async finish(): Promise<TImportDatasetResult> {
    await this.flush();
    const pairs = new Set<string>();
    const links: Prisma.ClaimLinkCreateManyInput[] = [];
    for (const { link, line } of this.pendingLinks) {
      if (!this.claims.has(link.toClaimId))
        throw new DatasetLineError(
          line,
          `link ${JSON.stringify(link.id)} points at claim ${JSON.stringify(link.toClaimId)}, which is not in the file`,
        );
      if (link.toClaimId === link.fromClaimId)
        throw new DatasetLineError(line, `link ${JSON.stringify(link.id)} links a claim to itself`);
      const fromClaimId = this.id("claim", link.fromClaimId);
      const toClaimId = this.id("claim", link.toClaimId);
      const key = pairKey(fromClaimId, toClaimId);
      if (pairs.has(key))
        throw new DatasetLineError(line, `link ${JSON.stringify(link.id)}: the same two claims are linked twice`);
      pairs.add(key);
      links.push({
        id: this.id("link", link.id),
        projectId: this.projectId,
        fromClaimId,
        toClaimId,
        pairKey: key,
        relation: link.relation,
        origin: link.origin,
        reason: link.reason,
        note: link.note,
        priority: link.priority,
        state: link.state,
        reviewReason: link.reviewReason,
        reviewerId: await this.user(link.reviewer),
        reviewedAt: date(link.reviewedAt),
        createdById: await this.user(link.createdBy),
        version: link.version,
        createdAt: new Date(link.createdAt),
        updatedAt: new Date(link.updatedAt),
      });
    }
    const verdicts: Prisma.VerdictCreateManyInput[] = [];
    const verdictIds = new Set<string>();
    for (const { verdict, line } of this.pendingVerdicts) {
      if (verdictIds.has(verdict.id))
        throw new DatasetLineError(line, `verdict id ${JSON.stringify(verdict.id)} appears twice in the file`);
      verdictIds.add(verdict.id);
      const missing = verdict.evidenceClaimIds.find((id) => !this.claims.has(id));
      if (missing !== undefined)
        throw new DatasetLineError(
          line,
          `verdict ${JSON.stringify(verdict.id)}: evidence claim ${JSON.stringify(missing)} is not in the file`,
        );
      verdicts.push({
        id: this.id("verdict", verdict.id),
        projectId: this.projectId,
        claimId: verdict.claimId === null ? null : this.id("claim", verdict.claimId),
        eventId: verdict.eventId === null ? null : this.id("event", verdict.eventId),
        value: verdict.value,
        rationale: verdict.rationale,
        evidenceClaimIds: verdict.evidenceClaimIds.map((id) => this.id("claim", id)),
        reviewerId: await this.user(verdict.reviewer),
        withdrawnAt: date(verdict.withdrawnAt),
        createdAt: new Date(verdict.createdAt),
      });
    }
    if (links.length) await this.tx.claimLink.createMany({ data: links });
    if (verdicts.length) await this.tx.verdict.createMany({ data: verdicts });
    this.counts.links = links.length;
    this.counts.verdicts = verdicts.length;
    return { ...this.counts, users: { matched: this.matched, placeholders: this.placeholders } };
  }
}

function emptyRows() {
  return {
    articles: [] as Prisma.ArticleCreateManyInput[],
    segments: [] as Prisma.SegmentCreateManyInput[],
    spans: [] as Prisma.SpanCreateManyInput[],
    claims: [] as Prisma.ClaimCreateManyInput[],
    claimEntities: [] as Prisma.ClaimEntityCreateManyInput[],
    translations: [] as Prisma.TranslationCreateManyInput[],
    revisions: [] as Prisma.TranslationRevisionCreateManyInput[],
    audits: [] as Prisma.AuditEventCreateManyInput[],
  };
}
