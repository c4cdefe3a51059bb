// A DOM for reading only: htmlparser2's tokenizer feeding plain objects shaped like domhandler's nodes.
// domhandler builds class instances whose field initialisers cost a fifth of the reference finder's time
// (measured with --cpu-prof on the phishing-pot sample); object literals of one shape are much cheaper.
// The tree has the fields our walkers and dom-serializer read: type, name, attribs, children, parent,
// prev, next, data.

import type { Document } from 'domhandler';
import { Parser, type Handler } from 'htmlparser2';

/** Every node has every field, so that V8 gives all of them one hidden class. */
interface LightNode {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: LightNode[];
  data: string;
  parent: LightNode | null;
  prev: LightNode | null;
  next: LightNode | null;
  startIndex: null;
  endIndex: null;
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

function node(type: string, name: string, attribs: Record<string, string>, data: string): LightNode {
  return {
    type,
    name,
    attribs,
    children: [],
    data,
    parent: null,
    prev: null,
    next: null,
    startIndex: null,
    endIndex: null,
  };
}

class LightDomHandler implements Partial<Handler> {
  readonly root: LightNode = node('root', 'root', NO_ATTRIBUTES, '');
  private readonly stack: LightNode[] = [this.root];
  private last: LightNode | null = null;

  private add(child: LightNode): void {
    const parent = this.stack[this.stack.length - 1]!;
    const siblings = parent.children;
    const previous = siblings[siblings.length - 1];
    if (previous) {
      child.prev = previous;
      previous.next = child;
    }
    child.parent = parent;
    siblings.push(child);
    this.last = null;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    const element = node(type, name, attribs, '');
    this.add(element);
    this.stack.push(element);
  }

  onclosetag(): void {
    this.last = null;
    if (this.stack.length > 1) this.stack.pop();
  }

  ontext(data: string): void {
    if (this.last?.type === 'text') {
      this.last.data += data;
      return;
    }
    const text = node('text', '', NO_ATTRIBUTES, data);
    this.add(text);
    this.last = text;
  }

  oncomment(data: string): void {
    if (this.last?.type === 'comment') {
      this.last.data += data;
      return;
    }
    const comment = node('comment', '', NO_ATTRIBUTES, data);
    this.add(comment);
    this.last = comment;
  }

  oncommentend(): void {
    this.last = null;
  }

  oncdatastart(): void {
    const cdata = node('cdata', '', NO_ATTRIBUTES, '');
    this.add(cdata);
    const text = node('text', '', NO_ATTRIBUTES, '');
    text.parent = cdata;
    cdata.children.push(text);
    this.last = text;
  }

  oncdataend(): void {
    this.last = null;
  }

  onprocessinginstruction(name: string, data: string): void {
    this.add(node('directive', name, NO_ATTRIBUTES, data));
  }
}

export function parseLightDocument(html: string): Document {
  const handler = new LightDomHandler();
  new Parser(handler, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true }).end(html);
  return handler.root as unknown as Document;
}
