import { useEffect, useRef, type RefObject } from 'react';
import { readerCommandFor, type ReaderCommand } from '../model/reader-keys.ts';
import { isTextField } from '../../../dom/is-text-field.ts';

/**
 * Runs the reader's keyboard shortcuts (reader-keys.ts) for key presses inside `root`, or anywhere
 * when nothing in particular has focus, so Ctrl+F finds in the document rather than the page.
 */
export function useReaderShortcuts(root: RefObject<HTMLElement | null>, findOpen: boolean, run: (command: ReaderCommand) => void): void {
  const latest = useRef({ findOpen, run });
  useEffect(() => {
    latest.current = { findOpen, run };
  });
  useEffect(() => {
    const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      const inside = target instanceof Node && (root.current?.contains(target) ?? false);
      if (!inside && target !== document.body && target !== document.documentElement) return;
      const command = readerCommandFor(event, { findOpen: latest.current.findOpen, inTextField: isTextField(target), isMac });
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [root]);
}
