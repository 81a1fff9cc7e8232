/**
 * The wording guard: warnings while a message to a buyer is written, before Amazon blocks it
 * (DOMAIN.md §2). Pure and synchronous; the in-page UI decides how to show the findings.
 */
export { checkWording, prepareWording } from './check';
export { normaliseForRepeat, REPEAT_WARN_FROM, repeatHash, repeatWarning } from './repeat';
export type {
  Bilingual,
  Category,
  Purpose,
  Severity,
  WordingContext,
  WordingFinding,
  WordingSuggestion,
} from './types';
export { CATEGORIES } from './types';
