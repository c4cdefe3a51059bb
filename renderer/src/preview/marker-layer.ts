// Numbered markers over the preview: one button per finding at the element that carries it, drawn by
// this window into the frame's document (the frame is same-origin without scripts, so the mail itself
// can run nothing, while these listeners, which belong to the window, can).

import type { Certainty } from '../../../shared/model/finding';
import { parseMlRef } from '../../../shared/preview/ml-ref';

export interface MarkerTarget {
  /** Index in the report's `references`. */
  readonly index: number;
  readonly number: number;
  readonly certainty: Certainty;
  readonly label: string;
}

export interface MarkerLayer {
  /** Places every marker where its element is now (after a resize, say). */
  place(): void;
  /** Marks the selected finding's markers as current. */
  select(index: number | null): void;
  /** Scrolls the frame to the finding's element and flashes it. */
  reveal(index: number): void;
  destroy(): void;
}

interface Marker {
  readonly target: MarkerTarget;
  readonly element: Element;
  readonly button: HTMLButtonElement;
}

const FLASH_CLASS = 'ml-flash';
const FLASH_MS = 1600;
const MARKER_SIZE = 22;

/** What decides whether a marker shows at all, inline and !important: the mail's CSS cannot hide it. */
function pin(element: HTMLElement, position: 'absolute', extra: Record<string, string> = {}): void {
  const styles = { position, display: 'block', visibility: 'visible', opacity: '1', ...extra };
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, 'important');
}

/** The element itself when it is laid out, else its nearest laid-out ancestor (display:none has no box). */
function laidOut(element: Element): Element {
  let node: Element | null = element;
  while (node) {
    if (node.getClientRects().length > 0) return node;
    node = node.parentElement;
  }
  return element.ownerDocument.body ?? element.ownerDocument.documentElement;
}

/** The nearest box one can see flash: a 0×0 or 1×1 pixel flashes through its container. */
function visibleBox(element: Element): Element {
  let node: Element | null = laidOut(element);
  while (node) {
    const rect = node.getBoundingClientRect();
    if (rect.width > 2 && rect.height > 2) return node;
    node = node.parentElement;
  }
  return laidOut(element);
}

export function createMarkerLayer(
  doc: Document,
  targetOf: (relative: number) => MarkerTarget | undefined,
  onSelect: (index: number) => void,
  layerLabel: string,
): MarkerLayer {
  const view = doc.defaultView;
  const layer = doc.createElement('div');
  layer.className = 'ml-markers';
  layer.setAttribute('role', 'group');
  layer.setAttribute('aria-label', layerLabel);
  pin(layer, 'absolute', { top: '0', left: '0', width: '0', height: '0', overflow: 'visible' });

  const markers: Marker[] = [];
  for (const element of doc.querySelectorAll('[data-ml-ref]')) {
    for (const relative of parseMlRef(element.getAttribute('data-ml-ref'))) {
      const target = targetOf(relative);
      if (!target) continue;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'ml-marker';
      button.dataset.certainty = target.certainty;
      button.dataset.findingIndex = String(target.index);
      button.textContent = String(target.number);
      button.setAttribute('aria-label', target.label);
      button.title = target.label;
      pin(button, 'absolute');
      button.addEventListener('click', () => onSelect(target.index));
      layer.append(button);
      markers.push({ target, element, button });
    }
  }
  doc.documentElement.append(layer);

  function place(): void {
    const origin = layer.getBoundingClientRect();
    const taken = new Map<string, number>();
    for (const { element, button } of markers) {
      const rect = laidOut(element).getBoundingClientRect();
      const x = Math.max(0, Math.round(rect.left - origin.left) - 6);
      const y = Math.max(0, Math.round(rect.top - origin.top) - 8);
      // Several findings at one spot (hidden pixels in one cell) line up side by side.
      const key = `${x},${y}`;
      const count = taken.get(key) ?? 0;
      taken.set(key, count + 1);
      button.style.setProperty('left', `${x + count * (MARKER_SIZE + 2)}px`, 'important');
      button.style.setProperty('top', `${y}px`, 'important');
    }
  }

  let flashed: Element[] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  function clearFlash(): void {
    clearTimeout(flashTimer);
    flashed.forEach((element) => element.classList.remove(FLASH_CLASS));
    flashed = [];
  }

  function reveal(index: number): void {
    const marker = markers.find((candidate) => candidate.target.index === index);
    if (!marker) return;
    clearFlash();
    place();
    if (view) {
      const top = parseFloat(marker.button.style.top) || 0;
      const left = parseFloat(marker.button.style.left) || 0;
      const calm = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      view.scrollTo({
        top: Math.max(0, top - view.innerHeight / 3),
        left: Math.max(0, left - view.innerWidth / 3),
        behavior: calm ? 'auto' : 'smooth',
      });
    }
    flashed = [visibleBox(marker.element), marker.button];
    // Removing and re-adding restarts the animation when the same finding is selected again.
    flashed.forEach((element) => element.classList.remove(FLASH_CLASS));
    void marker.button.offsetWidth;
    flashed.forEach((element) => element.classList.add(FLASH_CLASS));
    flashTimer = setTimeout(clearFlash, FLASH_MS);
  }

  function select(index: number | null): void {
    for (const { target, button } of markers) button.setAttribute('aria-current', String(target.index === index));
  }

  view?.addEventListener('resize', place);
  place();

  return {
    place,
    select,
    reveal,
    destroy() {
      clearFlash();
      view?.removeEventListener('resize', place);
      layer.remove();
    },
  };
}
