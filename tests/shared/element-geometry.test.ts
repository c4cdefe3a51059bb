import { describe, expect, it } from 'vitest';

import { pixelLength } from '../../shared/references/element-geometry';

describe('pixelLength', () => {
  it('reads a length in CSS pixels as attributes and inline styles write it', () => {
    expect(pixelLength('1')).toBe(1);
    expect(pixelLength(' 1px ')).toBe(1);
    expect(pixelLength('1 px')).toBe(1);
    expect(pixelLength('0.5px !important')).toBe(0.5);
    expect(pixelLength('-600px!important')).toBe(-600);
  });

  it('gives no pixels for relative, missing or broken values', () => {
    for (const value of [undefined, '', '100%', 'auto', '1em', 'px', '1px 2px', '!important']) {
      expect(pixelLength(value)).toBeUndefined();
    }
  });

  it('refuses a number broken by a long run of spaces (a fuzzer found one of 2.6 MB)', () => {
    expect(pixelLength(`6${' '.repeat(200_000)}77`)).toBeUndefined();
  });
});
