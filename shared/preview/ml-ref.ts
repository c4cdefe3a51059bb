// The preview's marks: an element that holds remote references carries `data-ml-ref="3 4"`, the numbers
// of those references in the previewed body (relative to the preview's referenceOffset).

/** `data-ml-ref="3 4"` -> [3, 4]; anything that is not a whole number is left out. */
export function parseMlRef(value: string | null | undefined): number[] {
  if (!value) return [];
  return value
    .trim()
    .split(/\s+/)
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}
