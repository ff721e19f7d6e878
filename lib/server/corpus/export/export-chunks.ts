import "server-only";

export type ChunkSink = (chunk: Uint8Array) => void | Promise<void>;

/**
 * Coalesces the encoders' per-document chunks into writes of about 256 KB (fewer pipe writes
 * and stream reads), except the very first chunk, which goes out at once so the client sees
 * the first bytes immediately. Strings are encoded as UTF-8.
 */
export class ChunkBuffer {
  private parts: Uint8Array[] = [];
  private size = 0;
  private first = true;
  bytes = 0;

  constructor(
    private readonly sink: ChunkSink,
    private readonly threshold = 256 * 1024,
  ) {}

  async push(chunk: string | Uint8Array): Promise<void> {
    const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (buf.length === 0) return;
    this.parts.push(buf);
    this.size += buf.length;
    this.bytes += buf.length;
    if (this.first || this.size >= this.threshold) {
      this.first = false;
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const out = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    await this.sink(out);
  }
}
