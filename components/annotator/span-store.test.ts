import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/components/ui/api-client";
import type { TCreateSpanBody, TSpanApi, TUpdateSpanBody, TVersionBody } from "./span-api";
import { SpanStore } from "./span-store";
import type { TSpan } from "./types";

// Ids are UUIDs, as the server's: a 409's current span is read with the span's response schema.
const USER = { id: "00000000-0000-4000-8000-000000000b01", name: "Layla", email: "layla@example.org" };
const ARTICLE = "00000000-0000-4000-8000-0000000000a1";
const S1 = "00000000-0000-4000-8000-000000000001";
const L = {
  claim: "00000000-0000-4000-8000-00000000c1a1",
  person: "00000000-0000-4000-8000-000000000e50",
  place: "00000000-0000-4000-8000-000000000ace",
  echo: "00000000-0000-4000-8000-00000000ec40",
  late: "00000000-0000-4000-8000-000000001a7e",
};

function span(id: string, patch: Partial<TSpan> = {}): TSpan {
  return {
    id,
    articleId: ARTICLE,
    labelId: L.claim,
    start: 0,
    end: 4,
    quote: "قال ",
    prefix: "",
    suffix: "",
    note: "",
    entityId: null,
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    deletedAt: null,
    author: USER,
    ...patch,
  };
}

/** A server in memory that records every request; `fail` makes the next answers throw. */
function fakeServer(initial: TSpan[] = []) {
  const rows = new Map(initial.map((s) => [s.id, s]));
  const requests: { kind: string; body: unknown }[] = [];
  const failures: unknown[] = [];
  const answer = (kind: string, body: unknown, run: () => TSpan): Promise<TSpan> => {
    requests.push({ kind, body });
    const failure = failures.shift();
    if (failure) return Promise.reject(failure);
    try {
      return Promise.resolve(run());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const versioned = (id: string, version: number, change: (s: TSpan) => TSpan) => {
    const current = rows.get(id);
    if (!current) throw new ApiError(404, "not_found", "Span not found");
    if (current.version !== version) throw new ApiError(409, "conflict", "changed meanwhile", { current });
    const next = { ...change(current), version: current.version + 1 };
    rows.set(id, next);
    return next;
  };
  const api: TSpanApi = {
    list: async () => [...rows.values()],
    create: (body: TCreateSpanBody) =>
      answer("create", body, () => {
        const existing = rows.get(body.id);
        if (existing) return existing;
        const created = span(body.id, {
          labelId: body.labelId,
          start: body.start,
          end: body.end,
          quote: body.quote,
          note: body.note,
        });
        rows.set(body.id, created);
        return created;
      }),
    update: (id: string, body: TUpdateSpanBody) =>
      answer("update", body, () =>
        versioned(id, body.version, (s) => ({
          ...s,
          ...(body.labelId ? { labelId: body.labelId } : {}),
          ...(body.note !== undefined ? { note: body.note } : {}),
        })),
      ),
    remove: (id: string, body: TVersionBody) =>
      answer("remove", body, () =>
        versioned(id, body.version, (s) => ({ ...s, deletedAt: "2026-01-02T00:00:00.000Z" })),
      ),
    restore: (id: string, body: TVersionBody) =>
      answer("restore", body, () => versioned(id, body.version, (s) => ({ ...s, deletedAt: null }))),
  };
  return { api, rows, requests, failures };
}

async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

afterEach(() => {
  vi.useRealTimers();
});

describe("SpanStore", () => {
  it("shows a new span at once, then saves it with the browser's id", async () => {
    const server = fakeServer();
    const store = new SpanStore(server.api, ARTICLE, USER, []);
    const id = store.create({ labelId: L.claim, start: 0, end: 4, quote: "قال " });
    expect(store.getSnapshot().byId.get(id)).toMatchObject({ version: 0, author: USER });
    expect(store.getSnapshot().saveStates.get(id)).toBe("saving");
    await settle();
    expect(store.getSnapshot().saveStates.get(id)).toBe("saved");
    expect(store.getSnapshot().byId.get(id)?.version).toBe(1);
    expect(server.requests).toEqual([
      { kind: "create", body: { id, labelId: L.claim, start: 0, end: 4, quote: "قال ", note: "" } },
    ]);
  });

  it("retries a request that did not reach the server with exactly the same body, then gives up visibly; Retry resends it", async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const store = new SpanStore(server.api, ARTICLE, USER, []);
    for (let i = 0; i < 5; i++) server.failures.push(new ApiError(0, "network_error", "offline"));
    const id = store.create({ labelId: L.claim, start: 0, end: 4, quote: "قال " });
    for (let i = 0; i < 6; i++) {
      await settle();
      await vi.advanceTimersByTimeAsync(5000);
    }
    const failed = store.getSnapshot().lastOps.get(id);
    expect(failed).toMatchObject({ state: "failed", error: { kind: "network" } });
    expect(server.requests).toHaveLength(5);
    store.retry(failed!.id);
    await settle();
    expect(store.getSnapshot().saveStates.get(id)).toBe("saved");
    expect(new Set(server.requests.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(server.rows.size).toBe(1);
  });

  it("replaces the local copy with the server's on a 409 and drops the changes made on top of it", async () => {
    const server = fakeServer([span(S1)]);
    const store = new SpanStore(server.api, ARTICLE, USER, [span(S1)]);
    server.rows.set(S1, span(S1, { version: 2, labelId: L.person, note: "theirs" }));
    store.setLabel(S1, L.place);
    store.setNote(S1, "mine");
    expect(store.getSnapshot().byId.get(S1)).toMatchObject({ labelId: L.place, note: "mine" });
    await settle();
    expect(store.getSnapshot().byId.get(S1)).toMatchObject({ labelId: L.person, note: "theirs", version: 2 });
    expect(store.getSnapshot().ops.map((o) => o.state)).toEqual(["conflict", "conflict"]);
    expect(server.requests).toHaveLength(1);
  });

  it("treats a 409 after a lost answer as saved when the server holds exactly this change", async () => {
    vi.useFakeTimers();
    const server = fakeServer([span(S1)]);
    const store = new SpanStore(server.api, ARTICLE, USER, [span(S1)]);
    // The first attempt commits but its answer is lost on the way back.
    const original = server.api.update;
    server.api.update = (id, body) => {
      server.api.update = original;
      return original(id, body).then(() => Promise.reject(new ApiError(0, "network_error", "connection reset")));
    };
    store.setLabel(S1, L.place);
    await settle();
    await vi.advanceTimersByTimeAsync(2000);
    await settle();
    expect(store.getSnapshot().lastOps.get(S1)?.state).toBe("saved");
    expect(store.getSnapshot().byId.get(S1)).toMatchObject({ labelId: L.place, version: 2 });
  });

  it("applies remote changes by version and ignores echoes and late events", () => {
    const store = new SpanStore(fakeServer().api, ARTICLE, USER, [span(S1, { version: 3, labelId: L.claim })]);
    const before = store.getSnapshot();
    store.applyRemote(span(S1, { version: 3, labelId: L.echo }));
    store.applyRemote(span(S1, { version: 2, labelId: L.late }));
    expect(store.getSnapshot()).toBe(before);
    store.applyRemote(span(S1, { version: 4, labelId: L.person }));
    expect(store.getSnapshot().byId.get(S1)?.labelId).toBe(L.person);
    store.applyRemoteDelete(S1, 5);
    expect(store.getSnapshot().byId.has(S1)).toBe(false);
    store.applyList([span(S1, { version: 4 })]);
    expect(store.getSnapshot().byId.has(S1)).toBe(false);
  });

  it("undoes a delete by restoring the deleted version, and a label change by changing it back", async () => {
    const server = fakeServer([span(S1)]);
    const store = new SpanStore(server.api, ARTICLE, USER, [span(S1)]);
    store.setLabel(S1, L.place);
    await settle();
    store.remove(S1);
    expect(store.getSnapshot().byId.has(S1)).toBe(false);
    await settle();
    expect(store.undo()).toBe(true);
    await settle();
    expect(store.getSnapshot().byId.get(S1)).toMatchObject({ labelId: L.place, version: 4, deletedAt: null });
    expect(store.undo()).toBe(true);
    await settle();
    expect(store.getSnapshot().byId.get(S1)).toMatchObject({ labelId: L.claim, version: 5 });
    expect(store.undo()).toBe(false);
    expect(server.requests.map((r) => [r.kind, r.body])).toEqual([
      ["update", { version: 1, labelId: L.place }],
      ["remove", { version: 2 }],
      ["restore", { version: 3 }],
      ["update", { version: 4, labelId: L.claim }],
    ]);
  });

  it("redoes what was undone, in order, and a new change forgets what could be redone", async () => {
    const server = fakeServer([span(S1)]);
    const store = new SpanStore(server.api, ARTICLE, USER, [span(S1)]);
    store.setLabel(S1, L.place);
    await settle();
    store.remove(S1);
    await settle();
    expect(store.getSnapshot().canRedo).toBe(false);
    store.undo();
    await settle();
    store.undo();
    await settle();
    expect(store.getSnapshot().byId.get(S1)).toMatchObject({ labelId: L.claim, version: 5 });
    expect(store.getSnapshot().canRedo).toBe(true);
    expect(store.redo()).toBe(true);
    await settle();
    expect(store.getSnapshot().byId.get(S1)).toMatchObject({ labelId: L.place, version: 6 });
    expect(store.redo()).toBe(true);
    await settle();
    expect(store.getSnapshot().byId.has(S1)).toBe(false);
    expect(store.redo()).toBe(false);
    // Undo again, then a new change: nothing is left to redo.
    store.undo();
    await settle();
    expect(store.getSnapshot().canRedo).toBe(true);
    store.setLabel(S1, L.person);
    expect(store.getSnapshot().canRedo).toBe(false);
    expect(store.redo()).toBe(false);
    await settle();
    expect(server.requests.map((r) => [r.kind, r.body]).slice(4)).toEqual([
      ["update", { version: 5, labelId: L.place }],
      ["remove", { version: 6 }],
      ["restore", { version: 7 }],
      ["update", { version: 8, labelId: L.person }],
    ]);
  });
});
