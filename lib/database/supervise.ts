import type { EmbeddedPostgres } from "./embedded";

/**
 * Keeps the embedded PostgreSQL running for as long as `npm start` runs: when the server dies
 * (killed, crashed, out of memory) it is started again on the same port, so the app's pools
 * reconnect by themselves, after a pause that doubles on each failure in a row (1 s up to 30 s)
 * and resets once a server has stayed up for a minute. PostgreSQL's own crash recovery (WAL
 * replay) runs on that start; its log lines are passed on.
 */

export interface Supervision {
  /** Ends supervision; call before stopping the server on purpose. */
  stop(): void;
  /** Resolves when supervision ends. */
  done: Promise<void>;
}

export interface SuperviseOptions {
  onLog: (message: string) => void;
  /** First pause before a restart (ms); doubled per failure in a row. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A server that stayed up this long resets the pause. */
  healthyAfterMs?: number;
}

export function superviseEmbeddedPostgres(server: EmbeddedPostgres, options: SuperviseOptions): Supervision {
  const initial = options.initialDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  let active = true;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = async (): Promise<void> => {
    let delay = initial;
    let upSince = Date.now();
    while (active) {
      const how = await Promise.race([server.exited(), new Promise<null>((resolve) => (wake = () => resolve(null)))]);
      if (!active || how === null) return;
      if (Date.now() - upSince >= healthyAfter) delay = initial;
      options.onLog(
        `The embedded PostgreSQL stopped unexpectedly (${how.signal ?? `exit code ${how.code}`}); starting it again in ${Math.round(delay / 1000)} s.`,
      );
      for (;;) {
        await pause(delay);
        if (!active) return;
        try {
          const recovery = await server.restart();
          for (const line of recovery) options.onLog(`  postgres: ${line.trim()}`);
          options.onLog(`The embedded PostgreSQL is running again (PID ${server.pid() ?? "?"}).`);
          upSince = Date.now();
          delay = Math.min(delay * 2, max);
          break;
        } catch (error) {
          delay = Math.min(delay * 2, max);
          options.onLog(
            `Could not start the embedded PostgreSQL again (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); next try in ${Math.round(delay / 1000)} s.`,
          );
        }
      }
    }
  };
  const done = loop();
  return {
    stop: () => {
      active = false;
      wake?.();
    },
    done,
  };
}
