import { Zip, ZipDeflate } from "fflate";

/**
 * A zip archive written as a stream: each file is compressed as it is added and its bytes go
 * straight to `sink`, so an archive of thousands of documents never sits whole in memory.
 */
export type TZipStream = { add(name: string, content: string | Uint8Array): void; end(): void };

export function zipStream(sink: (chunk: Uint8Array) => void): TZipStream {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else sink(chunk);
  });
  const check = () => {
    if (failure) throw failure;
  };
  const encoder = new TextEncoder();
  return {
    add(name, content) {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(typeof content === "string" ? encoder.encode(content) : content, true);
      check();
    },
    end() {
      zip.end();
      check();
    },
  };
}
