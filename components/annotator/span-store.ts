import { ApiError } from "@/components/ui/api-client";
import { conflictRecord } from "@/components/ui/conflict";
import { ZSpan } from "@/lib/spans/schemas";
import { newId } from "./new-id";
import type { TCreateSpanBody, TSpanApi, TUpdateSpanBody, TVersionBody } from "./span-api";
import type { TCurrentUser, TSaveState, TSpan } from "./types";

export type TOpKind = "create" | "update" | "delete" | "restore";
export type TOpState = "queued" | TSaveState;
export type TOpError = { kind: "network" | "conflict" | "gone" | "server"; message: string };

/** One change the analyst made, from the click until the server has it (or refused it). */
export type TSpanOp = {
  id: string;
  spanId: string;
  kind: TOpKind;
  state: TOpState;
  /** The new span of a create, laid over the list until the server confirms it. */
  draft: TSpan | null;
  patch: { labelId?: string; note?: string } | null;
  /** The request as first sent; a retry sends exactly this again (same id, same version). */
  body: TCreateSpanBody | TUpdateSpanBody | TVersionBody | null;
  sent: boolean;
  /** Requests sent in all (a retried answer-lost change is recognised by this). */
  attempts: number;
  /** Requests sent since the analyst last asked (automatic retries count against this). */
  round: number;
  error: TOpError | null;
  /** For the list of changes: which text and label the change was about. */
  quote: string;
  labelId: string;
  settledAt: number | null;
};

type TUndoEntry = { kind: "delete"; spanId: string } | { kind: "label"; spanId: string; from: string; to: string };

export type TStoreSnapshot = {
  /** Spans as drawn, in text order: confirmed copies with unsaved changes laid over them. */
  spans: readonly TSpan[];
  byId: ReadonlyMap<string, TSpan>;
  /** The state of each span's latest change, while there is one worth showing. */
  saveStates: ReadonlyMap<string, TOpState>;
  /** The latest op of each span (for conflict and failure messages next to the span). */
  lastOps: ReadonlyMap<string, TSpanOp>;
  /** Recent changes for the save-status list, oldest first. */
  ops: readonly TSpanOp[];
  canUndo: boolean;
  canRedo: boolean;
};

/** Waits before automatic retries of a request that did not reach the server (or hit a 5xx). */
const RETRY_DELAYS_MS = [400, 1000, 2000, 4000];
const SAVED_VISIBLE_MS = 3500;
const MAX_VISIBLE_SETTLED = 12;

export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && [0, 408, 429, 500, 502, 503, 504].includes(error.status);
}

export function compareSpans(a: TSpan, b: TSpan): number {
  return a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The span a 409 answer carries in `details.current`, if it carries one. */
export function currentFromConflict(error: unknown): TSpan | null {
  return conflictRecord(error, ZSpan);
}

/**
 * The article's spans on this browser: the copies the server confirmed, plus a queue of the
 * analyst's changes that are sent one at a time per span (each carrying the version it was made
 * against). Remote changes are applied by version, so a late or echoed event never rolls a span
 * back, and a 409 replaces the local copy with the server's instead of overwriting it.
 * React reads it through useSyncExternalStore.
 */
export class SpanStore {
  private confirmed = new Map<string, TSpan>();
  private deleted = new Map<string, TSpan>();
  private ops: TSpanOp[] = [];
  private undoStack: TUndoEntry[] = [];
  private redoStack: TUndoEntry[] = [];
  private listeners = new Set<() => void>();
  private snapshot: TStoreSnapshot;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private inFlight = new Set<string>();
  private disposed = false;

  constructor(
    private readonly api: TSpanApi,
    private readonly articleId: string,
    private readonly user: TCurrentUser,
    initial: readonly TSpan[],
  ) {
    for (const span of initial) this.accept(span);
    this.snapshot = this.compute();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TStoreSnapshot => this.snapshot;

  /** Stops timers and ignores late answers once the annotator is gone (undone if it mounts again). */
  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  activate(): void {
    this.disposed = false;
    // A change whose retry timer was stopped waits in the queue again.
    this.ops = this.ops.map((o) => (o.state === "saving" && !this.inFlight.has(o.id) ? { ...o, state: "queued" } : o));
    this.pump();
  }

  // ---- the analyst's changes -------------------------------------------------------------

  create(input: { labelId: string; start: number; end: number; quote: string; note?: string }): string {
    const id = newId();
    const now = new Date().toISOString();
    const draft: TSpan = {
      id,
      articleId: this.articleId,
      labelId: input.labelId,
      start: input.start,
      end: input.end,
      quote: input.quote,
      prefix: "",
      suffix: "",
      entityId: null,
      note: input.note ?? "",
      version: 0,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      author: { id: this.user.id, name: this.user.name, email: this.user.email },
    };
    this.enqueue({ spanId: id, kind: "create", draft, patch: null, quote: input.quote, labelId: input.labelId });
    return id;
  }

  setLabel(spanId: string, labelId: string): void {
    const span = this.snapshot.byId.get(spanId);
    if (!span || span.labelId === labelId) return;
    this.undoStack.push({ kind: "label", spanId, from: span.labelId, to: labelId });
    this.redoStack = [];
    this.enqueue({ spanId, kind: "update", draft: null, patch: { labelId }, quote: span.quote, labelId });
  }

  setNote(spanId: string, note: string): void {
    const span = this.snapshot.byId.get(spanId);
    if (!span || span.note === note) return;
    this.enqueue({ spanId, kind: "update", draft: null, patch: { note }, quote: span.quote, labelId: span.labelId });
  }

  remove(spanId: string): void {
    const span = this.snapshot.byId.get(spanId);
    if (!span) return;
    this.undoStack.push({ kind: "delete", spanId });
    this.redoStack = [];
    this.enqueue({ spanId, kind: "delete", draft: null, patch: null, quote: span.quote, labelId: span.labelId });
  }

  /** Undoes the latest delete or label change of this session (Redo makes it again). */
  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.redoStack.push(entry);
    if (entry.kind === "delete") this.restore(entry.spanId);
    else this.relabel(entry.spanId, entry.to, entry.from);
    return true;
  }

  /** Makes the latest undone change again. */
  redo(): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    const span = this.snapshot.byId.get(entry.spanId);
    if (entry.kind === "delete") {
      if (!span) {
        this.emit();
        return true;
      }
      this.enqueue({
        spanId: span.id,
        kind: "delete",
        draft: null,
        patch: null,
        quote: span.quote,
        labelId: span.labelId,
      });
    } else this.relabel(entry.spanId, entry.from, entry.to);
    this.undoStack.push(entry);
    return true;
  }

  /** Sets a span's label back or forth, if it still has the label the change expects. */
  private relabel(spanId: string, expected: string, labelId: string): void {
    const span = this.snapshot.byId.get(spanId);
    if (span && span.labelId === expected) {
      this.enqueue({ spanId: span.id, kind: "update", draft: null, patch: { labelId }, quote: span.quote, labelId });
    } else this.emit();
  }

  /** The Undo button of a delete's toast: restores that span, whatever was undone since. */
  undoDelete(spanId: string): void {
    const index = this.undoStack.findLastIndex((e) => e.kind === "delete" && e.spanId === spanId);
    if (index >= 0) this.undoStack.splice(index, 1);
    this.redoStack = this.redoStack.filter((e) => !(e.kind === "delete" && e.spanId === spanId));
    this.restore(spanId);
  }

  retry(opId: string): void {
    this.replaceOp(opId, { state: "queued", round: 0, error: null });
    this.emit();
    this.pump();
  }

  /** Gives up a change that failed: the span shows the server's copy again. */
  discard(opId: string): void {
    const op = this.ops.find((o) => o.id === opId);
    if (!op) return;
    // Nothing after a discarded create can be saved: the span never existed on the server.
    this.ops = this.ops.filter(
      (o) => o.id !== opId && !(op.kind === "create" && o.spanId === op.spanId && !this.isSettled(o)),
    );
    this.emit();
    this.pump();
  }

  dismiss(opId: string): void {
    this.ops = this.ops.filter((o) => o.id !== opId);
    this.emit();
  }

  // ---- what the server says -------------------------------------------------------------

  /** A span from a live event or a refetch; ignored unless newer than the copy held here. */
  applyRemote(span: TSpan): void {
    if (this.accept(span)) this.emit();
  }

  /** A delete event too large to carry the span: only its id and version are known. */
  applyRemoteDelete(spanId: string, version: number): void {
    const live = this.confirmed.get(spanId);
    if (!live || live.version >= version) return;
    this.confirmed.delete(spanId);
    this.deleted.set(spanId, { ...live, version, deletedAt: new Date().toISOString() });
    this.emit();
  }

  /** A full list (with deleted spans) after a reconnect: merged by version, one redraw. */
  applyList(spans: readonly TSpan[]): void {
    let changed = false;
    for (const span of spans) changed = this.accept(span) || changed;
    if (changed) this.emit();
  }

  // ---- internals -----------------------------------------------------------------------

  private known(spanId: string): TSpan | undefined {
    return this.confirmed.get(spanId) ?? this.deleted.get(spanId);
  }

  /** Stores a server copy if it is newer than the one held; true when something changed. */
  private accept(span: TSpan, force = false): boolean {
    const known = this.known(span.id);
    if (known && !force && known.version >= span.version) return false;
    if (span.deletedAt) {
      this.confirmed.delete(span.id);
      this.deleted.set(span.id, span);
    } else {
      this.deleted.delete(span.id);
      this.confirmed.set(span.id, span);
    }
    return true;
  }

  private restore(spanId: string): void {
    const latest = this.latestOp(spanId);
    // A delete that never reached the server is simply withdrawn.
    if (latest && latest.kind === "delete" && (latest.state === "failed" || latest.state === "queued")) {
      this.ops = this.ops.filter((o) => o.id !== latest.id);
      this.emit();
      this.pump();
      return;
    }
    const span = this.known(spanId);
    if (!span) return;
    this.enqueue({ spanId, kind: "restore", draft: span, patch: null, quote: span.quote, labelId: span.labelId });
  }

  private enqueue(op: Pick<TSpanOp, "spanId" | "kind" | "draft" | "patch" | "quote" | "labelId">): void {
    this.ops = [
      ...this.ops,
      {
        ...op,
        id: newId(),
        state: "queued",
        body: null,
        sent: false,
        attempts: 0,
        round: 0,
        error: null,
        settledAt: null,
      },
    ];
    this.emit();
    this.pump();
  }

  private latestOp(spanId: string): TSpanOp | undefined {
    return this.ops.findLast((o) => o.spanId === spanId);
  }

  private isSettled(op: TSpanOp): boolean {
    return op.state === "saved" || op.state === "conflict";
  }

  private replaceOp(opId: string, patch: Partial<TSpanOp>): TSpanOp | undefined {
    const index = this.ops.findIndex((o) => o.id === opId);
    const current = this.ops[index];
    if (!current) return undefined;
    const replaced: TSpanOp = { ...current, ...patch };
    this.ops = this.ops.map((o, i) => (i === index ? replaced : o));
    return replaced;
  }

  /** Starts the first waiting change of every span whose earlier changes are all settled. */
  private pump(): void {
    if (this.disposed) return;
    const blocked = new Set<string>();
    for (const op of this.ops) {
      if (this.isSettled(op)) continue;
      if (blocked.has(op.spanId)) continue;
      blocked.add(op.spanId);
      if (op.state === "queued") void this.send(op.id);
    }
  }

  private buildBody(op: TSpanOp): TSpanOp["body"] {
    if (op.kind === "create") {
      const d = op.draft;
      return d ? { id: d.id, labelId: d.labelId, start: d.start, end: d.end, quote: d.quote, note: d.note } : null;
    }
    if (op.kind === "restore") {
      const gone = this.deleted.get(op.spanId);
      return gone ? { version: gone.version } : null;
    }
    const live = this.confirmed.get(op.spanId);
    if (!live) return null;
    return op.kind === "update" ? { version: live.version, ...op.patch } : { version: live.version };
  }

  private request(op: TSpanOp, body: NonNullable<TSpanOp["body"]>): Promise<TSpan> {
    switch (op.kind) {
      case "create":
        return this.api.create(body as TCreateSpanBody);
      case "update":
        return this.api.update(op.spanId, body as TUpdateSpanBody);
      case "delete":
        return this.api.remove(op.spanId, body as TVersionBody);
      case "restore":
        return this.api.restore(op.spanId, body as TVersionBody);
    }
  }

  private async send(opId: string): Promise<void> {
    const current = this.ops.find((o) => o.id === opId);
    if (!current || this.disposed) return;
    const body = current.body ?? this.buildBody(current);
    if (!body) {
      // The span is gone (or back) on the server since the change was made: nothing to send it against.
      this.settle(opId, "conflict", { kind: "gone", message: "The span was changed by someone else" });
      this.pump();
      return;
    }
    const op = this.replaceOp(opId, {
      body,
      sent: true,
      state: "saving",
      attempts: current.attempts + 1,
      round: current.round + 1,
    });
    this.emit();
    if (!op) return;
    this.inFlight.add(opId);
    try {
      const span = await this.request(op, body);
      if (this.disposed) return;
      this.accept(span);
      this.settle(opId, "saved", null);
    } catch (error) {
      if (this.disposed) return;
      this.fail(op, error);
    } finally {
      this.inFlight.delete(opId);
    }
    this.pump();
  }

  private fail(op: TSpanOp, error: unknown): void {
    if (isTransient(error) && op.round <= RETRY_DELAYS_MS.length) {
      const base = RETRY_DELAYS_MS[op.round - 1] ?? 4000;
      const timer = setTimeout(
        () => {
          this.timers.delete(timer);
          if (this.ops.some((o) => o.id === op.id && o.state === "saving")) void this.send(op.id);
        },
        base * (0.8 + Math.random() * 0.4),
      );
      this.timers.add(timer);
      return;
    }
    const current = currentFromConflict(error);
    if (current && this.alreadyApplied(op, current)) {
      // An earlier attempt reached the server but its answer was lost: the change is saved.
      this.accept(current, true);
      this.settle(op.id, "saved", null);
      return;
    }
    if (current) {
      this.accept(current, true);
      this.settle(op.id, "conflict", {
        kind: "conflict",
        message: error instanceof Error ? error.message : String(error),
      });
      // Later changes to this span were made on top of the refused one: drop them too, visibly.
      for (const later of this.ops.filter((o) => o.spanId === op.spanId && o.id !== op.id && !this.isSettled(o))) {
        this.settle(later.id, "conflict", { kind: "conflict", message: "" });
      }
      return;
    }
    const kind = error instanceof ApiError && error.status === 0 ? "network" : "server";
    this.replaceOp(op.id, {
      state: "failed",
      error: { kind, message: error instanceof Error ? error.message : String(error) },
    });
    this.emit();
  }

  private alreadyApplied(op: TSpanOp, current: TSpan): boolean {
    if (op.attempts < 2 || !op.body || !("version" in op.body) || current.version !== op.body.version + 1) return false;
    if (op.kind === "delete") return current.deletedAt !== null;
    if (op.kind === "restore") return current.deletedAt === null;
    if (op.kind === "update") {
      return (
        current.deletedAt === null &&
        (op.patch?.labelId ?? current.labelId) === current.labelId &&
        (op.patch?.note ?? current.note) === current.note
      );
    }
    return false;
  }

  private settle(opId: string, state: "saved" | "conflict", error: TOpError | null): void {
    this.replaceOp(opId, { state, error, settledAt: Date.now() });
    if (state === "saved") {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.prune();
      }, SAVED_VISIBLE_MS + 50);
      this.timers.add(timer);
    }
    this.emit();
  }

  private prune(): void {
    const now = Date.now();
    const before = this.ops.length;
    this.ops = this.ops.filter(
      (o) => !(o.state === "saved" && o.settledAt !== null && now - o.settledAt >= SAVED_VISIBLE_MS),
    );
    const settled = this.ops.filter((o) => this.isSettled(o));
    if (settled.length > MAX_VISIBLE_SETTLED) {
      const drop = new Set(settled.slice(0, settled.length - MAX_VISIBLE_SETTLED).map((o) => o.id));
      this.ops = this.ops.filter((o) => !drop.has(o.id));
    }
    if (this.ops.length !== before) this.emit();
  }

  private emit(): void {
    if (this.disposed) return;
    this.snapshot = this.compute();
    for (const listener of this.listeners) listener();
  }

  private compute(): TStoreSnapshot {
    const shown = new Map(this.confirmed);
    const saveStates = new Map<string, TOpState>();
    const lastOps = new Map<string, TSpanOp>();
    for (const op of this.ops) {
      saveStates.set(op.spanId, op.state);
      lastOps.set(op.spanId, op);
      if (this.isSettled(op)) continue;
      const span = shown.get(op.spanId);
      if (op.kind === "create" && op.draft && !span) shown.set(op.spanId, op.draft);
      else if (op.kind === "update" && span && op.patch) shown.set(op.spanId, { ...span, ...op.patch });
      else if (op.kind === "delete") shown.delete(op.spanId);
      else if (op.kind === "restore") {
        const gone = this.deleted.get(op.spanId) ?? op.draft;
        if (gone && !span) shown.set(op.spanId, { ...gone, deletedAt: null });
      }
    }
    let spans = [...shown.values()].sort(compareSpans);
    let byId: ReadonlyMap<string, TSpan> = shown;
    // Keep the old list when no span changed (only a save state did): nothing to re-sort or redraw.
    const previous = this.snapshot as TStoreSnapshot | undefined;
    if (previous && previous.spans.length === spans.length && previous.spans.every((span, i) => span === spans[i])) {
      spans = previous.spans as TSpan[];
      byId = previous.byId;
    }
    return {
      spans,
      byId,
      saveStates,
      lastOps,
      ops: this.ops,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
    };
  }
}
