/**
 * Work that runs after the request that started it has been answered: suggestion runs over many
 * articles. Runs of one project go one after another (a chain per project), so an import and a
 * manual run never read and write the same articles at once. The process keeps the promises so
 * that scripts and tests can wait for them, and a status read can tell a live run from one whose
 * process died.
 */

type Registry = { chains: Map<string, Promise<void>>; live: Set<string>; pending: Set<Promise<void>> };

const globals = globalThis as unknown as { __suggestionRuns?: Registry };
const registry: Registry = (globals.__suggestionRuns ??= { chains: new Map(), live: new Set(), pending: new Set() });

/**
 * Queues `work` behind the project's earlier runs and returns at once. `work` must record its own
 * failure (on the run row); `onCrash` receives what escapes it, so nothing is lost silently.
 */
export function enqueueProjectWork(projectId: string, runKey: string, work: () => Promise<void>, onCrash: (error: unknown) => Promise<void>): void {
  const previous = registry.chains.get(projectId) ?? Promise.resolve();
  registry.live.add(runKey);
  const next = previous
    .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(work)
    .catch(onCrash)
    .finally(() => {
      registry.live.delete(runKey);
      registry.pending.delete(next);
      if (registry.chains.get(projectId) === next) registry.chains.delete(projectId);
    });
  registry.chains.set(projectId, next);
  registry.pending.add(next);
}

/** Marks `key` live while `work` runs (a run whose row is written only once it starts). */
export async function whileLive<T>(key: string, work: () => Promise<T>): Promise<T> {
  registry.live.add(key);
  try {
    return await work();
  } finally {
    registry.live.delete(key);
  }
}

/** Whether this process is running (or will run) the run with this key. */
export function isRunLive(runKey: string): boolean {
  return registry.live.has(runKey);
}

/** Resolves when every queued run of this process has finished (for scripts and tests). */
export async function waitForSuggestionRuns(): Promise<void> {
  while (registry.pending.size > 0) await Promise.allSettled([...registry.pending]);
}

/** Gives the event loop a turn, so requests are served between articles of a long run. */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
