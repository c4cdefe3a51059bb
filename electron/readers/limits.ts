// Named limits for reading hostile or huge input, each with the reason it exists. A file over a limit
// gets a clear error naming the limit; nothing is silently truncated.

const MB = 1024 * 1024;

export const LIMITS = {
  /** Largest single .eml/.msg read. Gmail and Outlook cap mail at 25-35 MB; 100 MB leaves room for odd exports. */
  maxMessageBytes: 100 * MB,
  /** Largest .mbox. It is streamed message by message, so this guards disk time, not memory. */
  maxMboxBytes: 16 * 1024 * MB,
  /** Attached messages inside attached messages. Real mail rarely nests past 3; deep nesting is a parser bomb. */
  maxNestingDepth: 8,
  /** MIME parts (attachments and attached messages) in one message. Real mail has tens; 5,000 is an attack. */
  maxParts: 5000,
  /** Wall-clock time for one message in a worker. Real mail parses in < 0.2 s; a hang is killed after this. */
  messageTimeoutMs: 20_000,
  /** V8 heap of one parsing worker. A 100 MB mail needs ~10x its size while decoding. */
  workerHeapMb: 2048,
  /**
   * V8 heap limit of the pool's ordinary workers. Real mail (tens of KB, at most tens of MB) needs far
   * less than workerHeapMb, and a lower limit makes V8 collect sooner instead of letting each worker's
   * heap grow lazily towards its limit: this keeps `maillens scan` on a 1 GB mbox under 300 MB of RSS.
   * A message that runs out of it is read again, once, by a worker of its own with the full
   * workerHeapMb, which is ended after that message; so a 100 MB mail still reads.
   */
  workerWorkingHeapMb: 384,
  /**
   * Young generation (V8's nursery, two semi-spaces and then some) of the ordinary workers. Node's
   * default is 48 MB per thread; 24 MB costs a few more scavenges but ~25 MB less RSS per worker.
   */
  workerYoungGenerationMb: 24,
} as const;

export class InputError extends Error {
  override readonly name = 'InputError';
}

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function checkSize(bytes: number, limit: number, what: string): void {
  if (bytes > limit) {
    throw new InputError(`${what} is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit`);
  }
}
