import { AppError } from "../errors";
import { MtError } from "../mt/provider";

/** Machine translation is off on this server (MT_PROVIDER unset). */
export class MachineTranslationOffError extends AppError {
  constructor() {
    super(409, "machine_translation_off", "Machine translation is not set up on this server (see MT_PROVIDER)");
  }
}

/** The engine failed: 503 while it limits requests or is down, 504 on a timeout, 502 for a bad answer. */
export class MachineTranslationFailedError extends AppError {
  constructor(error: MtError) {
    const status = error.kind === "timeout" ? 504 : error.kind === "malformed" || error.kind === "rejected" ? 502 : 503;
    super(status, `machine_translation_${error.kind}`, error.message);
  }
}

/** Runs the engine; its failures become typed errors with its message (nothing is stored). */
export async function callEngine<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MtError) throw new MachineTranslationFailedError(error);
    throw error;
  }
}
