/**
 * The catalogue message that says how many days ago, with its substitution: the popup's card
 * and the in-page tier badge word a buyer's history alike ("today", "1 day ago", "6 days ago").
 */
export type DaysAgoMessage = ['daysAgoZero'] | ['daysAgoOne'] | ['daysAgoOther', number];

export const daysAgoMessage = (days: number): DaysAgoMessage =>
  days <= 0 ? ['daysAgoZero'] : days === 1 ? ['daysAgoOne'] : ['daysAgoOther', days];
