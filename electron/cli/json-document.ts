// The JSON document of `maillens scan --json` (documented in README.md). Each reference lists what its
// fetch reveals as fact ids; the texts and their sources are given once, under `facts`.
//
// JsonDocumentWriter writes that document as the scan goes: `{"files":[`, each file's object as it
// completes (in input order), each mbox message as soon as it is read, then `facts`, `identityStatements`
// and `readingModes`. The text is what JSON.stringify(jsonDocument(reports), null, 2) gives, byte for byte,
// with one exception: an mbox's `sha256` (and `error`) come after its `messages`, because the file is
// hashed while it is streamed. Same field names, same JSON value.

import { IDENTITY_TEXT, READING_MODES, REVEALS } from '../../shared/knowledge/what-a-fetch-reveals';
import type { FileReport, MessageReport } from '../../shared/model/report';
import type { Output } from './output';
import type { FileEnd, FileStart, ScanSink } from './scan-stream';

export function jsonDocument(reports: readonly FileReport[]): unknown {
  return {
    files: reports,
    ...documentTail(),
  };
}

function documentTail() {
  return { facts: REVEALS, identityStatements: IDENTITY_TEXT, readingModes: READING_MODES };
}

/** JSON.stringify(value, null, 2) as it reads nested `depth` spaces deep. */
export function indented(value: unknown, depth: number): string {
  const pad = ' '.repeat(depth);
  // JSON.stringify escapes \n and \r inside strings, so every \n here ends a line of the layout.
  return pad + JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad}`);
}

const property = (name: string, value: unknown) => `,\n      ${JSON.stringify(name)}: ${JSON.stringify(value)}`;

export class JsonDocumentWriter implements ScanSink {
  private files = 0;
  private messages = 0;
  private headComplete = false;

  constructor(private readonly out: Output) {}

  async start(): Promise<void> {
    await this.out.write('{\n  "files": [');
  }

  async begin(file: FileStart): Promise<void> {
    this.messages = 0;
    this.headComplete = file.sha256 !== undefined;
    let text = `${this.files++ ? ',' : ''}\n    {\n      "file": ${JSON.stringify(file.file)}`;
    if (this.headComplete) text += property('sha256', file.sha256);
    text += property('format', file.format);
    if (this.headComplete && file.error !== undefined) text += property('error', file.error);
    await this.out.write(text);
  }

  async message(_file: FileStart, message: MessageReport): Promise<void> {
    const lead = this.messages++ ? ',\n' : ',\n      "messages": [\n';
    await this.out.write(lead + indented(message, 8));
  }

  async end(file: FileEnd): Promise<void> {
    let text = this.messages ? '\n      ]' : ',\n      "messages": []';
    if (!this.headComplete) {
      text += property('sha256', file.sha256);
      if (file.error !== undefined) text += property('error', file.error);
    }
    await this.out.write(`${text}\n    }`);
  }

  async finish(): Promise<void> {
    const tail = JSON.stringify(documentTail(), null, 2).slice(1); // without its opening brace
    await this.out.write(`${this.files ? '\n  ]' : ']'},${tail}\n`);
    await this.out.flush();
  }
}
