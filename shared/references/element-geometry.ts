// Declared size and visibility of the element that carries a reference, from its attributes and the
// inline styles of it and its ancestors. Class-based rules from <style> blocks are not evaluated: that
// would need a layout engine, and the preview in the app shows the real rendering anyway.

import { isTag, type Element } from 'domhandler';

import type { DeclaredSize } from '../model/reference';
import { inlineStyleOf } from './inline-style';

/** A length in CSS pixels, or undefined for percentages, `auto` and other relative values. */
export function pixelLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // No two quantifiers here can take the same characters: a long run of spaces inside the value (a fuzzer's
  // `width="6<2 MB of spaces>77"`) must not make the match backtrack quadratically.
  const match = /^(-?\d+(?:\.\d+)?)\s*(?:px\s*)?(?:!important)?$/i.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

function styleOf(element: Element): ReadonlyMap<string, string> {
  return inlineStyleOf(element, element.attribs.style);
}

export function declaredSize(element: Element): DeclaredSize | undefined {
  const style = styleOf(element);
  const width = pixelLength(style.get('width')) ?? pixelLength(element.attribs.width);
  const height = pixelLength(style.get('height')) ?? pixelLength(element.attribs.height);
  if (width === undefined && height === undefined) return undefined;
  return { ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) };
}

const OFF_SCREEN_PX = -500;

function hidingDeclarations(element: Element): string[] {
  const reasons: string[] = [];
  const style = styleOf(element);
  const display = style.get('display');
  if (display?.startsWith('none')) reasons.push('display:none');
  const visibility = style.get('visibility');
  if (visibility?.startsWith('hidden') || visibility?.startsWith('collapse')) reasons.push('visibility:hidden');
  const opacity = style.get('opacity');
  if (opacity !== undefined && Number.parseFloat(opacity) === 0) reasons.push('opacity:0');
  for (const property of ['max-height', 'max-width']) {
    if (pixelLength(style.get(property)) === 0) reasons.push(`${property}:0`);
  }
  const position = style.get('position');
  if (position?.startsWith('absolute') || position?.startsWith('fixed')) {
    for (const side of ['left', 'top', 'right']) {
      const offset = pixelLength(style.get(side));
      if (offset !== undefined && offset <= OFF_SCREEN_PX) reasons.push(`off-screen (${side}:${offset}px)`);
    }
  }
  if (element.attribs.hidden !== undefined) reasons.push('hidden attribute');
  return reasons;
}

/** What an element passes down: its own reasons and its ancestors', named after it. Memoised per element. */
const inherited = new WeakMap<Element, readonly string[]>();

function reasonsFromAncestors(element: Element): readonly string[] {
  let chain: Element[] | undefined;
  let known: readonly string[] = [];
  for (let current: Element | null = element; current;) {
    const cached = inherited.get(current);
    if (cached) {
      known = cached;
      break;
    }
    (chain ??= []).push(current);
    current = current.parent && isTag(current.parent) ? current.parent : null;
  }
  // From the outermost element not yet known down to `element`.
  for (let i = (chain?.length ?? 0) - 1; i >= 0; i--) {
    const current = chain![i]!;
    const own = hidingDeclarations(current);
    const where = ` on ancestor <${current.name}>`;
    const passed = own.length ? [...own.map((reason) => reason + where), ...known] : known;
    inherited.set(current, passed);
    known = passed;
  }
  return known;
}

/** Reasons the element would not be seen, including those inherited from its ancestors. */
export function hiddenReasons(element: Element): string[] {
  const reasons = hidingDeclarations(element);
  const parent = element.parent && isTag(element.parent) ? element.parent : null;
  if (parent) reasons.push(...reasonsFromAncestors(parent));
  return reasons;
}
