// Finds anything in a preview document that could still reach the network: a remote or
// protocol-relative URL in any attribute, inline style, <style> sheet, comment or processing instruction.
// Visible text is not searched: a URL written as text in the mail is shown, not fetched.

import { isComment, isDirective, isTag, isText, type AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

const REMOTE = /\b(?:https?|ftp|wss?):|\/\/[a-z0-9[]/i;
/** The only data: URLs a preview may hold: raster images (base64 may contain `//`, which is not a URL). */
const RASTER_DATA_URL = /^data:image\/(png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=]*$/i;

function remoteValue(value: string): boolean {
  if (/^\s*data:/i.test(value)) return !RASTER_DATA_URL.test(value);
  return REMOTE.test(value);
}

export function remoteLeftovers(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: readonly AnyNode[], inStyle: boolean): void => {
    for (const node of nodes) {
      if (isComment(node) || isDirective(node)) found.push(`markup: ${node.data.slice(0, 80)}`);
      else if (isText(node) && inStyle && REMOTE.test(node.data)) found.push(`css: ${node.data.slice(0, 80)}`);
      else if (isTag(node)) {
        for (const [name, value] of Object.entries(node.attribs)) {
          if (remoteValue(value)) found.push(`<${node.name} ${name}="${value.slice(0, 80)}">`);
        }
        if (['script', 'iframe', 'object', 'embed', 'frame', 'link', 'base', 'meta'].includes(node.name)) {
          if (!(
            node.name === 'meta' &&
            (node.attribs.charset || node.attribs['http-equiv'] === 'Content-Security-Policy')
          )) {
            found.push(`element <${node.name}>`);
          }
        }
        for (const name of Object.keys(node.attribs)) if (/^on/i.test(name)) found.push(`handler ${name}`);
        visit(node.children, node.name === 'style');
      }
    }
  };
  visit(parseDocument(html, { decodeEntities: true }).children, false);
  return found.filter((item) => !/^markup: !doctype html$/i.test(item));
}
