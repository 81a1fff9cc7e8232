/**
 * The names the performance pages give their metrics, per UI language. English comes from
 * the screenshots (reference/in-2026-07-*.png; US wording from Amazon's help pages); the
 * German and Japanese names are Amazon's usual translations, NOT confirmed by a screenshot.
 * A name matches when it is the whole text of its element, or is followed by a colon.
 */
export const DASHBOARD_METRICS = {
  odr: ['Order Defect Rate', 'Bestellmängelquote', 'Taux de défaut de commande', '注文不良率'],
  negativeFeedback: [
    'Negative feedback',
    'Negative Feedback-Bewertungen',
    'Negatives Feedback',
    'Commentaires négatifs',
    '否定的な評価',
  ],
  atoz: [
    'A-to-z Guarantee claims',
    'A-to-Z Guarantee claims',
    'A-bis-z-Garantieanträge',
    'Réclamations au titre de la Garantie A à z',
    'Amazonマーケットプレイス保証申請',
  ],
  chargeback: [
    'Chargeback claims',
    'Service chargebacks',
    'Rückbelastungsanträge',
    'Réclamations de rétrofacturation',
    'チャージバック申請',
  ],
  accountHealthRating: [
    'Account Health Rating',
    'Kontostatus-Bewertung',
    'Évaluation de la santé du compte',
    'アカウント健全性評価',
  ],
  lateShipment: [
    'Late Shipment Rate',
    'Late Dispatch Rate',
    'Quote verspäteter Lieferungen',
    "Taux d'expéditions en retard",
    '出荷遅延率',
  ],
  preFulfillmentCancel: [
    'Pre-fulfillment Cancel Rate',
    'Pre-fulfilment Cancel Rate',
    'Stornierungsquote vor Versand',
    "Taux d'annulation avant expédition",
    '出荷前キャンセル率',
  ],
  validTracking: [
    'Valid Tracking Rate',
    'Quote gültiger Sendungsverfolgung',
    'Taux de suivi valide',
    '有効な追跡率',
  ],
} as const;

export type DashboardMetric = keyof typeof DASHBOARD_METRICS;

/** The defect-type rows of the customer-service page, and its time window line. */
export const CUSTOMER_SERVICE_METRICS = {
  negativeFeedback: DASHBOARD_METRICS.negativeFeedback,
  atoz: DASHBOARD_METRICS.atoz,
  chargeback: DASHBOARD_METRICS.chargeback,
  timeWindow: ['Time Window', 'Zeitfenster', 'Période', '対象期間'],
} as const;

/** "Target: under 1%" is a goal, not a figure: lines starting with these words are skipped. */
export const TARGET_WORDS = ['Target', 'Ziel', 'Objectif', '目標'] as const;
