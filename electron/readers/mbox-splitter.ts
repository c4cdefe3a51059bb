// Splits an mbox stream into messages without ever holding the whole file: lines are fed in as they
// arrive and each message is handed out as soon as the next one starts.
//
// - A separator is a `From ` line that looks like one (`From <sender>` alone, or followed by a date
//   with a time of day); a body line such as "From Russia with love" in an unmunged mbox is kept.
// - mboxo/mboxrd quoting is undone: `>From ` -> `From `, `>>From ` -> `>From `.
// - mboxcl/mboxcl2: a Content-Length header is trusted only when it ends exactly at the next separator
//   or at the end of the file; otherwise (wrong lengths are common) the From_ lines decide.
// - Every message carries its raw byte range in the file (its span), so it can be read again by seeking
//   (readMboxMessageAt) instead of splitting the file from the start.

/** Where a message's lines lie in the file, and how to turn those raw bytes into the message. */
export interface MboxSpan {
  /** File offset of the first byte after the message's From_ line. */
  readonly offset: number;
  /** Raw bytes up to, not including, the blank line before the next From_ line (or the file's end). */
  readonly length: number;
  /** `>From ` quoting was undone (false when a Content-Length delimited the message). */
  readonly unmunge: boolean;
  /** The file ends lines with CR alone; each CR became LF. */
  readonly crOnly: boolean;
}

export interface MboxMessage {
  /** 1-based position of the message in the file. */
  readonly index: number;
  /** Empty when the splitter was asked for spans only (the message is read again from its span). */
  readonly bytes: Buffer;
  readonly span: MboxSpan;
  /** Set instead of bytes when the message was over the size limit (it is skipped, not truncated). */
  readonly error?: string;
}

const SEPARATOR = /^From \S*(\s*$|\s.*\d{1,2}:\d\d)/;
const QUOTED_FROM = /^>+From /;
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/i;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NO_BYTES = Buffer.alloc(0);

/** mboxo/mboxrd: a line `>From `, `>>From ` ... loses one `>`; other lines are kept as they are. */
export function unquoteFromLine(line: Buffer): Buffer {
  return line[0] === 0x3e && QUOTED_FROM.test(line.toString('latin1', 0, 64)) ? line.subarray(1) : line;
}

function isBlank(line: Buffer): boolean {
  return line.length === 0 || (line.length <= 2 && /^\r?\n$/.test(line.toString('latin1')));
}

function startsSeparator(line: Buffer): boolean {
  return line.length >= 5 && line[0] === 0x46 && SEPARATOR.test(line.toString('latin1', 0, Math.min(line.length, 200)));
}

interface LineRange {
  readonly from: number;
  readonly to: number;
}

export class MboxSplitter {
  private lines: Buffer[] = [];
  /** File offset of each of `lines`. */
  private offsets: number[] = [];
  /** File offset of the next byte handed to line(); the partial line starts here. */
  private position = 0;
  /** Raw range of the current message: every line appended, kept or (when over the limit) not. */
  private rawStart = -1;
  private rawEnd = 0;
  private size = 0;
  private inHeaders = false;
  private contentLength: number | undefined;
  private bodyBytes = 0;
  /** Offsets (line indexes) of separators swallowed while trusting a Content-Length. */
  private tentative: number[] = [];
  private started = false;
  private count = 0;
  private oversize = false;
  private partial: Buffer = Buffer.alloc(0);
  /** Classic Mac OS files end lines with CR alone; detected on the first chunk, then CR becomes LF. */
  private crOnly: boolean | undefined;

  /**
   * `spansOnly`: hand out each message's span but not its bytes, for a caller whose workers read each
   * message from its span themselves (the bytes are then never copied or held on the caller's thread).
   */
  constructor(
    private readonly maxMessageBytes: number,
    private readonly spansOnly = false,
  ) {}

  /** Feeds raw bytes; returns the messages completed by them. */
  push(chunk: Buffer): MboxMessage[] {
    const out: MboxMessage[] = [];
    this.crOnly ??= chunk.includes(0x0d) && !chunk.includes(0x0a);
    const input = this.crOnly ? Buffer.from(chunk.map((byte) => (byte === 0x0d ? 0x0a : byte))) : chunk;
    let data = input;
    let start = 0;
    if (this.partial.length) {
      // Only the line cut at the last chunk's end is joined; the chunk itself is not copied.
      const newline = data.indexOf(0x0a);
      if (newline < 0) {
        this.partial = Buffer.concat([this.partial, data]);
        return out;
      }
      const joined = Buffer.concat([this.partial, data.subarray(0, newline + 1)]);
      this.partial = Buffer.alloc(0);
      if (!this.skipBom(joined)) this.feed(joined, out);
      else if (joined.length > 3) this.feed(joined.subarray(3), out);
      start = newline + 1;
    } else if (this.skipBom(data)) {
      data = data.subarray(3);
    }
    for (let newline = data.indexOf(0x0a, start); newline >= 0; newline = data.indexOf(0x0a, start)) {
      this.feed(data.subarray(start, newline + 1), out);
      start = newline + 1;
    }
    this.partial = Buffer.from(data.subarray(start));
    return out;
  }

  /** A UTF-8 byte-order mark before anything else is skipped (its 3 bytes still count for the offsets). */
  private skipBom(data: Buffer): boolean {
    if (this.started || this.count > 0 || this.lines.length > 0 || this.position > 0) return false;
    if (!data.subarray(0, 3).equals(BOM)) return false;
    this.position += 3;
    return true;
  }

  end(): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.partial.length) this.feed(this.partial, out);
    this.partial = Buffer.alloc(0);
    this.finish(out);
    return out;
  }

  private feed(line: Buffer, out: MboxMessage[]): void {
    this.line(line, out);
    this.position += line.length;
  }

  private line(line: Buffer, out: MboxMessage[]): void {
    if (startsSeparator(line)) {
      if (this.contentLength !== undefined && this.bodyBytes < this.contentLength) {
        this.tentative.push(this.lines.length);
      } else {
        this.finish(out);
        this.started = true;
        this.inHeaders = true;
        return;
      }
    }
    if (!this.started) {
      if (isBlank(line)) return; // blank lines before the first separator
      this.started = true; // a file that starts with headers, not with a From_ line
      this.inHeaders = true;
    }
    if (this.inHeaders) {
      if (isBlank(line)) this.inHeaders = false;
      else {
        const match = CONTENT_LENGTH.exec(line.toString('latin1'));
        if (match) this.contentLength = Number(match[1]);
      }
    } else if (this.contentLength !== undefined) {
      this.bodyBytes += line.length;
    }
    this.append(line);
  }

  private append(line: Buffer): void {
    if (this.rawStart < 0) this.rawStart = this.position;
    this.rawEnd = this.position + line.length;
    this.size += line.length;
    if (this.size > this.maxMessageBytes) {
      this.oversize = true;
      this.contentLength = undefined; // a length this large is not believable either
      return;
    }
    this.lines.push(line);
    this.offsets.push(this.position);
  }

  /** Ends the current message: a separator follows, or the file ends. */
  private finish(out: MboxMessage[]): void {
    if (!this.started && this.lines.length === 0) return;
    const lengthHeld =
      this.contentLength !== undefined &&
      (this.bodyBytes === this.contentLength ||
        (this.bodyBytes > this.contentLength && this.trailingBlank() === this.bodyBytes - this.contentLength));
    const groups =
      lengthHeld || this.tentative.length === 0 ? [{ from: 0, to: this.lines.length }] : this.splitAtTentative();
    const unmunge = !lengthHeld;
    for (const group of groups) this.emit(group, unmunge, out);
    this.reset();
  }

  private trailingBlank(): number {
    const last = this.lines[this.lines.length - 1];
    return last && isBlank(last) ? last.length : -1;
  }

  /** Line index ranges [from, to) of the messages a wrongly trusted Content-Length had swallowed. */
  private splitAtTentative(): LineRange[] {
    const groups: LineRange[] = [];
    let from = 0;
    for (const at of this.tentative) {
      groups.push({ from, to: at });
      from = at + 1; // drop the separator line itself
    }
    groups.push({ from, to: this.lines.length });
    return groups;
  }

  private emit({ from, to }: LineRange, unmunge: boolean, out: MboxMessage[]): void {
    if (to === from && !this.oversize) return;
    this.count += 1;
    const crOnly = this.crOnly === true;
    if (this.oversize) {
      // Its lines were not kept; the span is the whole raw range (too big to read back, like the message).
      const span = { offset: this.rawStart, length: this.rawEnd - this.rawStart, unmunge, crOnly };
      const error = `message is over the ${this.maxMessageBytes} byte limit`;
      out.push({ index: this.count, bytes: Buffer.alloc(0), span, error });
      return;
    }
    // The blank line before a separator belongs to the mbox, not to the message.
    const last = this.lines[to - 1];
    const kept = last && isBlank(last) ? to - 1 : to;
    const group = this.spansOnly ? [] : this.lines.slice(from, kept);
    const offset = this.offsets[from] ?? this.position;
    const end = kept > from ? (this.offsets[kept - 1] ?? offset) + (this.lines[kept - 1]?.length ?? 0) : offset;
    const span = { offset, length: end - offset, unmunge, crOnly };
    const bytes = this.spansOnly ? NO_BYTES : Buffer.concat(unmunge ? group.map(unquoteFromLine) : group);
    out.push({ index: this.count, bytes, span });
  }

  private reset(): void {
    this.lines = [];
    this.offsets = [];
    this.rawStart = -1;
    this.size = 0;
    this.inHeaders = false;
    this.contentLength = undefined;
    this.bodyBytes = 0;
    this.tentative = [];
    this.oversize = false;
  }
}
