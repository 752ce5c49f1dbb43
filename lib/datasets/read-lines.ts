import { DatasetLineError } from "./dataset-error";

/**
 * Splits a UTF-8 byte stream into lines (LF or CRLF), decoding as it goes, so a large upload is
 * never held whole. A byte-order mark at the start is dropped. Invalid UTF-8 is refused with the
 * number of the line it is on.
 */
export async function* readLines(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let buffered = "";
  let line = 1;
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new DatasetLineError(line + (buffered.match(/\n/g)?.length ?? 0), "the file is not valid UTF-8");
    }
  };
  const emit = function* (): Generator<string> {
    let newline = buffered.indexOf("\n");
    while (newline !== -1) {
      const text = buffered.slice(0, newline);
      yield text.endsWith("\r") ? text.slice(0, -1) : text;
      line++;
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
    }
  };
  for await (const chunk of bytes) {
    buffered += decode(chunk);
    yield* emit();
  }
  buffered += decode();
  yield* emit();
  if (buffered.length > 0) yield buffered.endsWith("\r") ? buffered.slice(0, -1) : buffered;
}
