// Outlook often stores a mail's HTML only inside the compressed RTF body (PidTagRtfCompressed) as
// "RTF-encapsulated HTML" ([MS-OXRTFEX]). Decompress, then de-encapsulate to recover the original HTML.

import { decompressRTF } from '@kenjiuno/decompressrtf';
import iconv from 'iconv-lite';
import { deEncapsulateSync } from 'rtf-stream-parser';

export interface RtfBody {
  readonly mode: 'html' | 'text';
  readonly text: string;
}

export function bodyFromCompressedRtf(compressed: Uint8Array): RtfBody | null {
  const rtf = Buffer.from(decompressRTF(Array.from(compressed)));
  try {
    const result = deEncapsulateSync(rtf, {
      decode: (buffer, encoding) => iconv.decode(buffer, encoding),
      encode: (text, encoding) => iconv.encode(text, encoding),
      mode: 'either',
      warn: () => undefined,
    });
    const text = typeof result.text === 'string' ? result.text : result.text.toString('utf8');
    return { mode: result.mode, text };
  } catch {
    return null; // plain RTF that does not encapsulate anything: the plain-text body stands in
  }
}
