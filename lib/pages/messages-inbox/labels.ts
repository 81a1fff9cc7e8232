/**
 * The messaging app's inbox words, per UI language (the open thread's are in
 * message-thread/labels.ts). Backed by evidence (SELLER-CENTRAL.md and the IN screenshot):
 * the English folder names, "Resolved", "Resolved on …", "Cases requiring attention" and
 * "Response needed N | Reported unresolved N". Everything else (other languages, "Sent",
 * "Respond within…") is Amazon's usual wording and NOT confirmed: each list is a set of
 * alternatives, so a new wording is one entry.
 */

export type Folder = 'all' | 'responseNeeded' | 'sent' | 'resolved' | 'reportedUnresolved';

/** Status chips, lower case, matched as contained text, longest first ("no response needed"
 * before "response needed", "reported unresolved" before "resolved"). */
const STATUS_WORDS: readonly (readonly [boolean, readonly string[]])[] = [
  [
    true,
    [
      'response needed',
      'needs response',
      'respond within',
      'respond by',
      'reply needed',
      'overdue',
      'reported unresolved',
      'unresolved',
      'antwort erforderlich',
      'antworten bis',
      'antworten innerhalb',
      'als ungelöst gemeldet',
      'ungelöst',
      'réponse requise',
      'réponse nécessaire',
      'signalé comme non résolu',
      'non résolu',
      'risposta necessaria',
      'segnalato come non risolto',
      'non risolto',
      'respuesta necesaria',
      'se requiere respuesta',
      'notificado como no resuelto',
      'no resuelto',
      '要対応',
      '返信が必要',
      '未解決として報告',
      '未解決',
      '需要回复',
      '需回复',
      '报告未解决',
      '未解决',
    ],
  ],
  [
    false,
    [
      'resolved',
      'no response needed',
      'sent',
      'replied',
      'closed',
      'gelöst',
      'keine antwort erforderlich',
      'gesendet',
      'beantwortet',
      'résolu',
      'aucune réponse requise',
      'envoyé',
      'risolto',
      'nessuna risposta necessaria',
      'inviato',
      'resuelto',
      'no se requiere respuesta',
      'enviado',
      '解決済み',
      '対応不要',
      '返信不要',
      '送信済み',
      '已解决',
      '无需回复',
      '已发送',
    ],
  ],
];

const STATUS_BY_WORD = STATUS_WORDS.flatMap(([needed, words]) => words.map((w) => [w, needed] as const)).sort(
  ([a], [b]) => b.length - a.length,
);

const lower = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a status chip says a response is needed; undefined for words we do not know. */
export function responseNeededFromStatus(text: string): boolean | undefined {
  const t = lower(text);
  return STATUS_BY_WORD.find(([word]) => t.includes(word))?.[1];
}

const FOLDER_WORDS: Record<Folder, readonly string[]> = {
  all: ['all', 'alle', 'tous', 'tutti', 'todos', 'すべて', '全部'],
  responseNeeded: [
    'response needed',
    'antwort erforderlich',
    'réponse requise',
    'risposta necessaria',
    'respuesta necesaria',
    '要対応',
    '需要回复',
  ],
  sent: [
    'sent messages',
    'sent',
    'gesendete nachrichten',
    'messages envoyés',
    'messaggi inviati',
    'mensajes enviados',
    '送信済みメッセージ',
    '已发送消息',
  ],
  resolved: ['resolved', 'gelöst', 'résolus', 'résolu', 'risolti', 'resueltos', '解決済み', '已解决'],
  reportedUnresolved: [
    'reported unresolved',
    'als ungelöst gemeldet',
    'signalés comme non résolus',
    'segnalati come non risolti',
    'notificados como no resueltos',
    '未解決として報告',
    '报告未解决',
  ],
};

/** The `fi=` values of folder links; only `responseNeeded` is seen in a real URL. */
const FOLDER_PARAMS: Record<string, Folder> = {
  all: 'all',
  responseneeded: 'responseNeeded',
  sent: 'sent',
  sentmessages: 'sent',
  resolved: 'resolved',
  reportedunresolved: 'reportedUnresolved',
};

export function folderFromParam(value: string): Folder | undefined {
  return FOLDER_PARAMS[value.replace(/[-_\s]/g, '').toLowerCase()];
}

/** A folder's label, possibly followed by a count ("Response Needed 2"). */
export function folderFromLabel(text: string): Folder | undefined {
  const t = lower(text).replace(/[\s(]*\d+\)?$/, '');
  for (const folder of Object.keys(FOLDER_WORDS) as Folder[])
    if (FOLDER_WORDS[folder].includes(t)) return folder;
  return undefined;
}

/** What a folder alone says about its threads; undefined for All. */
export const FOLDER_RESPONSE_NEEDED: Record<Folder, boolean | undefined> = {
  all: undefined,
  responseNeeded: true,
  reportedUnresolved: true,
  sent: false,
  resolved: false,
};

/** The metric card's "Response needed N". */
export const RESPONSE_NEEDED_METRIC = [
  'Response needed',
  'Antwort erforderlich',
  'Réponse requise',
  'Risposta necessaria',
  'Respuesta necesaria',
  '要対応',
  '需要回复',
] as const;
