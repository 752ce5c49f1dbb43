import { PayloadTooLargeError } from "../errors";

/**
 * A web ReadableStream that pulls from an async generator: nothing is produced before the client
 * reads, a slow client slows the producer (backpressure), and a cancelled download stops the
 * generator (running its cleanup). A failure mid-stream errors the stream, so the client sees a
 * broken download rather than a silently truncated file; `onError` is told first.
 */
export function toWebStream(
  chunks: AsyncGenerator<Uint8Array>,
  onError?: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        onError?.(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The bytes of a stream, refused once they pass `maxBytes`. */
export async function* limitBytes(stream: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.byteLength;
    if (total > maxBytes)
      throw new PayloadTooLargeError(`The dataset is larger than ${Math.round(maxBytes / 1_000_000)} MB`);
    yield chunk;
  }
}

/** The largest dataset the import endpoint reads. */
export const MAX_DATASET_BYTES = 1_000_000_000;

/** A web ReadableStream's chunks as an async iterable (the DOM typings lack its async iterator). */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
