/** The rule id repeatWarning reports with (not in the rule table: it is about volume, not words). */
export const REPEAT_RULE_ID = 'repeat-text-volume';
