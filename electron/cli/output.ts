// Buffered text output that honours back-pressure: what is written is collected up to CHUNK characters,
// then handed to the stream; when the stream's buffer is full the writer waits for it to drain, so a
// slow reader of the output (a pipe, a disk) holds the scan back instead of filling memory.

import { once } from 'node:events';

const CHUNK = 64 * 1024;

export class Output {
  private buffer = '';
  /** A terminal shows each line at once; a pipe or file gets chunks. */
  private readonly chunk: number;

  constructor(private readonly stream: NodeJS.WritableStream) {
    this.chunk = (stream as { isTTY?: boolean }).isTTY ? 0 : CHUNK;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
