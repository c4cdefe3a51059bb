import { readFileSync } from 'node:fs';
import { decompressRTF } from '@kenjiuno/decompressrtf';
import { describe, expect, it } from 'vitest';

import { readMsg } from '../../electron/readers/msg-reader';
import type { MailMessage } from '../../shared/model/mail';
import { findRemoteReferences } from '../../shared/references/find-references';
import { corpusFiles } from '../helpers/corpus';
import { fieldsByMsgreader } from '../helpers/msgreader';

/** Independent of our reader: does the file keep its HTML only inside the compressed RTF? */
function holdsHtmlOnlyInRtf(bytes: Buffer): boolean {
  try {
    const fields = fieldsByMsgreader(bytes);
    if (fields.bodyHtml || fields.html?.length || !fields.compressedRtf?.length) return false;
    const rtf = Buffer.from(decompressRTF(Array.from(fields.compressedRtf))).toString('latin1');
    return rtf.includes('\\fromhtml1');
  } catch {
    return false;
  }
}

function allMessages(message: MailMessage): MailMessage[] {
  return [message, ...message.attachedMessages.flatMap(allMessages)];
}

const files = corpusFiles('msg').filter((path) => /\.(msg|oft)$/i.test(path));

describe('Outlook .msg reader on the corpus', () => {
  it('recovers the HTML of every RTF-only message and finds its references', () => {
    let rtfOnly = 0;
    let recovered = 0;
    let withReferences = 0;
    for (const path of files) {
      const bytes = readFileSync(path);
      if (!holdsHtmlOnlyInRtf(bytes)) continue;
      rtfOnly += 1;
      const message = readMsg(bytes);
      const body = message.bodies.find((item) => item.part === 'RTF-encapsulated HTML');
      if (body && /<[a-z][^>]*>/i.test(body.content)) recovered += 1; // HTML, if only a fragment
      if (findRemoteReferences(message).length > 0) withReferences += 1;
    }
    console.log(
      `RTF-only .msg files: ${rtfOnly}; HTML recovered: ${recovered}; with remote references: ${withReferences}`,
    );
    expect(rtfOnly).toBeGreaterThanOrEqual(70);
    expect(recovered).toBe(rtfOnly);
    expect(withReferences).toBeGreaterThan(0);
  });

  it('reads embedded messages (msg-in-msg) recursively', () => {
    let nested = 0;
    for (const path of files) {
      try {
        const message = readMsg(readFileSync(path));
        nested += allMessages(message).length - 1;
      } catch {
        // unreadable files are covered by the corpus scan test
      }
    }
    expect(nested).toBeGreaterThan(0);
  });

  it('gives a clear error for files that are not Outlook messages', () => {
    expect(() => readMsg(Buffer.from('garbage!!!'))).toThrow('not an Outlook .msg file');
    const truncated = readFileSync(files.find((path) => path.endsWith('.msg'))!).subarray(0, 1024);
    expect(() => readMsg(truncated)).toThrow(/damaged|truncated|not an Outlook/);
  });
});
