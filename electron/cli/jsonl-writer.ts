// `maillens scan --jsonl` (documented in README.md): one JSON object per line, written as soon as it is
// known, in input order. Per message a `message` line; per file, after its messages, one `file` line (read
// to its end; `error` when some of its messages could not be read) or one `error` line (the file could
// not be read, or not to its end). A line names its file by `file`, the path as given on the command line
// (or found under a given folder), as in `--json`; `sha256` identifies the bytes wherever they lie. An
// mbox is hashed while it is streamed, so its messages' lines have no `sha256`: its `file` line does.

import type { MessageReport } from '../../shared/model/report';
import type { Output } from './output';
import type { FileEnd, FileStart, ScanSink } from './scan-stream';

export class JsonLinesWriter implements ScanSink {
  constructor(private readonly out: Output) {}

  start(): void {}

  begin(): void {}

  async message(file: FileStart, message: MessageReport): Promise<void> {
    const line = {
      type: 'message',
      file: file.file,
      format: file.format,
      ...(file.sha256 !== undefined ? { sha256: file.sha256 } : {}),
      message,
    };
    await this.out.write(`${JSON.stringify(line)}\n`);
  }

  async end(file: FileEnd): Promise<void> {
    const failed = !file.complete || file.messages === 0;
    const line = {
      type: failed ? 'error' : 'file',
      file: file.file,
      format: file.format,
      sha256: file.sha256,
      messages: file.messages,
      ...(file.error !== undefined ? { error: file.error } : {}),
    };
    await this.out.write(`${JSON.stringify(line)}\n`);
  }

  async finish(): Promise<void> {
    await this.out.flush();
  }
}
