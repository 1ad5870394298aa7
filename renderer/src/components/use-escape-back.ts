import { useEffect } from 'react';
import { isTextField } from '../dom/is-text-field.ts';

/**
 * Esc leaves the screen by `back`, except while typing in a field (Esc there must not throw a
 * half-typed form away), while an IME composes, or when an open dialog takes the key for itself.
 */
export function useEscapeBack(back: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing || isTextField(event.target)) return;
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"])')) return;
      event.preventDefault();
      back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [back]);
}
