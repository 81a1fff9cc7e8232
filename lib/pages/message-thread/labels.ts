/**
 * The open thread's words, per UI language. Evidence: "Mark these messages as No Response
 * Needed" (SELLER-CENTRAL.md) and "A-to-z Guarantee" (Amazon's name for the claim). The
 * marked-state wording and every other language are Amazon's usual wording, NOT confirmed:
 * each list is a set of alternatives, so a new wording is one entry.
 */

/** "No Response Needed" in the thread's button ("Mark these messages as …") and its marked state. */
export const NO_RESPONSE_NEEDED = [
  'no response needed',
  'keine antwort erforderlich',
  'aucune réponse requise',
  'nessuna risposta necessaria',
  'no se requiere respuesta',
  '返信不要',
  '対応不要',
  '无需回复',
] as const;

/** The verb of the button that marks the thread (vs. the notice that it is marked). */
export const MARK_VERB =
  /\bmark\b|markieren|\bmarquer\b|\bcontrassegna|\bmarcar\b|としてマーク|マークする|标记为/i;

/** An A-to-z Guarantee claim, as notices name it. */
export const ATOZ_CLAIM =
  /a-?to-?z|a-bis-z|a-à-z|a à z|a-a-z|garant[íi]a de la a a la z|garanzia dalla a alla z|a-z保証|マーケットプレイス保証|a-z\s*保障/i;
