import { describe, expect, it } from 'vitest';
import { readerCommandFor, type KeyPress } from '../../../../renderer/src/features/reader/model/reader-keys.ts';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers,
});
const pc = { findOpen: false, inTextField: false, isMac: false };

describe('reader keyboard shortcuts', () => {
  it('finds with Ctrl+F, F3 / Shift+F3 and Ctrl+G, closes with Esc only while finding', () => {
    expect(readerCommandFor(press('f', { ctrlKey: true }), pc)).toBe('find-open');
    expect(readerCommandFor(press('F', { ctrlKey: true, shiftKey: true }), pc)).toBe('find-open');
    expect(readerCommandFor(press('F3'), pc)).toBe('find-next');
    expect(readerCommandFor(press('F3', { shiftKey: true }), pc)).toBe('find-previous');
    expect(readerCommandFor(press('g', { ctrlKey: true }), pc)).toBe('find-next');
    expect(readerCommandFor(press('Escape'), pc)).toBeNull();
    expect(readerCommandFor(press('Escape'), { ...pc, findOpen: true, inTextField: true })).toBe('find-close');
  });

  it('zooms with Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 and rotates with Ctrl+] / Ctrl+[', () => {
    expect(readerCommandFor(press('=', { ctrlKey: true }), pc)).toBe('zoom-in');
    expect(readerCommandFor(press('+', { ctrlKey: true, shiftKey: true }), pc)).toBe('zoom-in');
    expect(readerCommandFor(press('-', { ctrlKey: true }), pc)).toBe('zoom-out');
    expect(readerCommandFor(press('0', { ctrlKey: true }), pc)).toBe('zoom-reset');
    expect(readerCommandFor(press(']', { ctrlKey: true }), pc)).toBe('rotate-clockwise');
    expect(readerCommandFor(press('[', { ctrlKey: true }), pc)).toBe('rotate-anticlockwise');
  });

  it('uses Command on macOS and leaves plain keys, Alt chords and typing alone', () => {
    expect(readerCommandFor(press('f', { metaKey: true }), { ...pc, isMac: true })).toBe('find-open');
    expect(readerCommandFor(press('f', { ctrlKey: true }), { ...pc, isMac: true })).toBeNull();
    expect(readerCommandFor(press('f'), pc)).toBeNull();
    expect(readerCommandFor(press('f', { ctrlKey: true, altKey: true }), pc)).toBeNull();
    // Ctrl+- in a text box is the box's, Ctrl+F still finds in the document.
    expect(readerCommandFor(press('-', { ctrlKey: true }), { ...pc, inTextField: true })).toBeNull();
    expect(readerCommandFor(press('f', { ctrlKey: true }), { ...pc, inTextField: true })).toBe('find-open');
  });
});
