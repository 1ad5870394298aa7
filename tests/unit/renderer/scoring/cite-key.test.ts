import { describe, expect, it } from 'vitest';
import { isCiteKey } from '../../../../renderer/src/features/scoring/cite-key.ts';
import type { KeyPress } from '../../../../renderer/src/features/reader/model/reader-keys.ts';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers,
});

describe('the cite key', () => {
  it('is Ctrl+E on Windows and Linux, ⌘E on macOS, whatever the case of the letter', () => {
    expect(isCiteKey(press('e', { ctrlKey: true }), false)).toBe(true);
    expect(isCiteKey(press('E', { ctrlKey: true }), false)).toBe(true);
    expect(isCiteKey(press('e', { metaKey: true }), true)).toBe(true);
    expect(isCiteKey(press('e', { metaKey: true }), false)).toBe(false);
    expect(isCiteKey(press('e', { ctrlKey: true }), true)).toBe(false);
  });

  it('is not a plain e (typing a comment), nor with Shift or Alt, nor another letter', () => {
    expect(isCiteKey(press('e'), false)).toBe(false);
    expect(isCiteKey(press('e', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isCiteKey(press('e', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isCiteKey(press('f', { ctrlKey: true }), false)).toBe(false);
  });
});
