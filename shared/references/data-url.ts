// Decoding `data:` URLs (RFC 2397) whose content is itself a document that can reference URLs:
// SVG images, HTML frames. Everything else in a data: URL stays on the machine.

export interface DataUrlDocument {
  readonly mediaType: string;
  readonly text: string;
}

const DOCUMENT_TYPES = new Set(['image/svg+xml', 'text/html', 'application/xhtml+xml', 'text/xml', 'text/css']);

function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function decodeDocumentDataUrl(value: string): DataUrlDocument | null {
  const trimmed = value.trim();
  if (!/^data:/i.test(trimmed)) return null;
  const comma = trimmed.indexOf(',');
  if (comma < 0) return null;
  const header = trimmed.slice(5, comma).toLowerCase();
  const [mediaType = 'text/plain', ...parameters] = header.split(';').map((part) => part.trim());
  if (!DOCUMENT_TYPES.has(mediaType)) return null;
  const payload = trimmed.slice(comma + 1);
  try {
    const text = parameters.includes('base64')
      ? new TextDecoder('utf-8').decode(bytesOf(atob(payload.replace(/\s+/g, ''))))
      : decodeURIComponent(payload);
    return { mediaType, text };
  } catch {
    return null; // malformed encoding: a client could not decode it either
  }
}
