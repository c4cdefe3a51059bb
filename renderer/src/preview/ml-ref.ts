/** `data-ml-ref="3 4"` -> [3, 4]: the preview's reference numbers, relative to its referenceOffset. */
export function parseMlRef(value: string | null): number[] {
  if (!value) return [];
  return value
    .trim()
    .split(/\s+/)
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}
