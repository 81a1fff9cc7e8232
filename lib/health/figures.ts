/**
 * Account-health figures (DESIGN.md `HealthFigures`) have one definition: the reading schema
 * the performance pages are read into, plus the reply share SellerLens computes itself.
 * Percentages are percent (0.12 means 0.12 %); a figure a page does not show is left out.
 */
import type { HealthFigures } from '../messages/reading';

export type { HealthFigures };

/** Every figure a trend line can be drawn for. */
export type HealthFigureKey = Exclude<keyof HealthFigures, 'windowDays'>;
