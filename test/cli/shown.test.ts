import { describe, expect, it } from 'vitest';
import { shown } from '../../src/cli/shown.js';

describe('shown', () => {
  it('quotes a long argument cut before an emoji, not through it', () => {
    // 200 units are shown: 199 letters and an emoji would end on the emoji's high half, which JSON writes "\ud83d".
    expect(shown(`${'x'.repeat(199)}😀 and more`)).toBe(`"${'x'.repeat(199)}…"`);
    expect(shown(`${'x'.repeat(198)}😀 and more`)).toBe(`"${'x'.repeat(198)}😀…"`);
  });
});
