// Escaping for the report's HTML: every string that comes from a mail (or from anywhere else) goes
// through one of these before it is written into markup.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** An id or class made only of safe characters (extra sections name their own ids). */
export function safeToken(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** `<tag>` with escaped text, or nothing when the text is empty. */
export function element(tag: string, text: string | null | undefined, className?: string): string {
  if (!text) return '';
  return `<${tag}${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</${tag}>`;
}
