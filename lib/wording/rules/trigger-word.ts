/**
 * trigger-word: words that Amazon's automated review is reported to flag even in innocent use
 * (seed 001: "review", "feedback", "free", and 免费, 奖品 make campaigns fail review). A
 * caution, never a block: "free replacement" is a perfectly good sentence.
 */
import type { Rule } from '../types';

export const triggerWordRules: Rule[] = [
  {
    id: 'trigger-review-feedback',
    category: 'trigger-word',
    severity: 'info',
    // A review request has to say "review"; cautioning about it there is noise.
    notFor: ['review-request'],
    languages: {
      en: ['\\b(?:reviews?|feedback|ratings?)\\b'],
      de: [
        '\\b(?:bewertung|rezension|kundenbewertung|produktbewertung|verkauferbewertung|sternebewertung|kundenrezension)(?:en)?\\b',
        '\\bfeedback\\b',
      ],
      fr: ['\\b(?:avis|evaluations?)\\b'],
      es: ['\\b(?:resenas?|valoracion(?:es)?|opiniones)\\b'],
      it: ['\\b(?:recension[ei]|feedback|valutazion[ei])\\b'],
      ja: ['レビュー', '評価'],
      zh: ['评价', '评论', '好评', '反馈', '留评'],
    },
    message: {
      en: 'Words like "review" and "feedback" are reported to trigger Amazon’s automated message review even in innocent use; check the sentence is needed (seller guides).',
      zh_CN:
        '据卖家反映，"评论""反馈"等词即使正常使用也可能触发亚马逊的自动审核；请确认这句话确有必要（跨境卖家指南）。',
    },
    examples: {
      flag: [
        'Thank you for your feedback.',
        'Vielen Dank für Ihre Bewertung.',
        'レビューを拝見しました。',
        '感谢您的反馈',
      ],
      pass: ['Thank you for your message.', 'We reviewed the photos.'],
    },
  },
  {
    id: 'trigger-free-gift',
    category: 'trigger-word',
    severity: 'info',
    languages: {
      en: ['\\b(?:free|gifts?|prizes?|giveaways?|bonus)\\b'],
      de: ['\\b(?:kostenlos\\w*|gratis|geschenk\\w*|gewinnspiel\\w*)'],
      fr: ['\\b(?:gratuit\\w*|cadeaux?|concours)\\b'],
      es: ['\\b(?:gratis|gratuit[oa]s?|regalos?|premios?|sorteo)\\b'],
      it: ['\\b(?:gratis|gratuit[oaie]|regal[oi]|premi|premio|omaggio|concorso)\\b'],
      ja: ['無料', 'プレゼント', '景品', '賞品', '懸賞'],
      zh: ['免费', '奖品', '礼品', '赠品', '礼物', '抽奖'],
    },
    message: {
      en: 'Words like "free", "gift" and "prize" are reported to trigger Amazon’s automated message review even in innocent use (seller guides).',
      zh_CN: '据卖家反映，"免费""礼品""奖品"等词即使正常使用也可能触发亚马逊的自动审核（跨境卖家指南）。',
    },
    examples: {
      flag: [
        'We will send a free replacement.',
        'Wir senden Ihnen kostenlos Ersatz.',
        '我们将免费为您补发。',
        '無料で交換いたします。',
      ],
      pass: ['We will send a replacement at no cost.', 'Wir senden Ihnen Ersatz ohne Kosten.'],
    },
  },
];
