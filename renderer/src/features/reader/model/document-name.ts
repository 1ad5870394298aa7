import type { SubmissionDocument } from '../../../../../shared/domain/document.ts';
import { firstName } from '../../../../../shared/text/message-slots.ts';

type Named = Pick<SubmissionDocument, 'title' | 'fileName'> | undefined;

/** A document as tabs, lists and citations call it: its title, else its file name, else `untitled` (never blank). */
export function documentTitle(document: Named, untitled: string): string {
  return firstName([document?.title, document?.fileName], untitled);
}

/** A document as messages about the file call it: its file name, else its title, else `untitled` (never 「」). */
export function documentFileName(document: Named, untitled: string): string {
  return firstName([document?.fileName, document?.title], untitled);
}
