import PgBoss from "pg-boss";

/**
 * Background work on a PostgreSQL-backed job queue (pg-boss, in the `pgboss` schema of the app's
 * database). Jobs are rows, so they survive restarts of every process; any app process may run
 * them; a job that fails is retried with backoff; a job whose process died is taken up again once
 * its lease (expiry) runs out. Each kind of job is declared once with `defineJob` (see
 * lib/jobs/registry.ts) and sent with `enqueueJob`.
 *
 * Long work is cut into slices shorter than the lease: a handler that is not finished when its
 * slice is used up returns `{ continue: true }` and is sent again, resuming from the progress it
 * saved. That is what lets a short lease (quick recovery after a crash) coexist with runs that
 * take many minutes, without ever running one job twice at once: a queue can be `singleton` by
 * key (one active job per key, enforced by a unique index in pg-boss's table).
 */

export type JobResult = undefined | { continue: true };
export type JobContext = {
  jobId: string;
  /** Date.now() by which the slice should end (a third of the lease). */
  deadline: number;
  /** The job is being tried again after a failure or after its process died. */
  resumed: boolean;
};
export type JobDefinition<T extends object> = {
  name: string;
  handler: (data: T, context: JobContext) => Promise<JobResult>;
  /** One active job per this key (e.g. the project), others of the key wait their turn. */
  singletonKey?: (data: T) => string;
};

const LEASE_DEFAULT_SECONDS = 60;

/** How long a started job may go without finishing before another process takes it up (JOB_LEASE_SECONDS). */
export function jobLeaseSeconds(): number {
  const raw = process.env.JOB_LEASE_SECONDS;
  if (!raw) return LEASE_DEFAULT_SECONDS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 3 || value > 3600)
    throw new Error(`JOB_LEASE_SECONDS must be a whole number of seconds from 3 to 3600, not "${raw}"`);
  return value;
}

type State = { boss?: Promise<PgBoss>; definitions: Map<string, JobDefinition<object>>; working: boolean };
const globals = globalThis as unknown as { __jobs?: State };
globals.__jobs ??= { definitions: new Map(), working: false };
const state: State = globals.__jobs;

/**
 * Runs one slice of a job; a failure is stored through `record` (its message, at most 2,000
 * characters) for the user to see on the run, then rethrown so the queue retries the slice with backoff.
 */
export async function recordingFailure<T>(
  slice: () => Promise<T>,
  record: (message: string) => Promise<unknown>,
): Promise<T> {
  try {
    return await slice();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await record(message.slice(0, 2000)).catch(() => undefined);
    throw error;
  }
}

/** Declares a kind of job; call at module load (lib/jobs/registry.ts imports them all). */
export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
  state.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  return definition;
}

function boss(): Promise<PgBoss> {
  state.boss ??= (async () => {
    const lease = jobLeaseSeconds();
    const instance = new PgBoss({
      connectionString: process.env.DATABASE_URL ?? "",
      schema: "pgboss",
      max: 3,
      application_name: "workbench-jobs",
      // Expired leases are looked for this often (one process does it for all).
      maintenanceIntervalSeconds: Math.max(1, Math.floor(lease / 4)),
    });
    // Connection errors while the database restarts are reported here and retried by pg-boss.
    instance.on("error", (error: Error) => console.error(`Job queue: ${error.message}`));
    await instance.start();
    for (const name of state.definitions.keys()) {
      const options = {
        name,
        policy: state.definitions.get(name)!.singletonKey ? "singleton" : "standard",
        retryLimit: 5,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: lease,
      } as const;
      // createQueue leaves an existing queue as it is; the update applies a changed lease.
      await instance.createQueue(name, options);
      await instance.updateQueue(name, options);
    }
    return instance;
  })().catch((error: unknown) => {
    state.boss = undefined;
    throw error;
  });
  return state.boss;
}

/** Sends a job of a declared kind; returns its id. */
export async function enqueueJob<T extends object>(definition: JobDefinition<T>, data: T): Promise<string | null> {
  const queue = await boss();
  const singletonKey = definition.singletonKey?.(data);
  return queue.send(definition.name, data, singletonKey ? { singletonKey } : {});
}

/**
 * Starts working every declared kind of job in this process (the app server does at start-up;
 * scripts and tests that wait for jobs do too). One job at a time per kind and process.
 */
export async function startJobWorkers(): Promise<void> {
  if (state.working) return;
  state.working = true;
  const queue = await boss();
  const lease = jobLeaseSeconds();
  for (const definition of state.definitions.values()) {
    await queue.work<object>(
      definition.name,
      { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        const context: JobContext = {
          jobId: job.id,
          deadline: Date.now() + (lease * 1000) / 3,
          resumed: job.retryCount > 0,
        };
        const result = await definition.handler(job.data, context);
        if (result?.continue) await enqueueJob(definition, job.data);
      },
    );
  }
}

/** Stops taking jobs and closes the queue's connections (a running slice is left to its lease). */
export async function stopJobWorkers(): Promise<void> {
  const pending = state.boss;
  state.boss = undefined;
  state.working = false;
  if (pending) await (await pending).stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
}
