/**
 * styling: what Amazon's message box does not accept or strips: HTML ("no HTML", says the reply
 * box itself), emojis, GIFs and images in the text, tracking pixels, opt-out links (Amazon
 * runs opt-out itself) and runs of empty lines (DOMAIN.md §2).
 */
import type { Rule } from '../types';

export const stylingRules: Rule[] = [
  {
    id: 'html-markup',
    category: 'styling',
    severity: 'block',
    languages: 'any',
    patterns: [
      '<\\/?(?:a|b|i|u|p|br|div|span|img|table|tr|td|th|strong|em|h[1-6]|ul|ol|li|font|style|script|iframe|center|hr|body|html|head|meta|link|button|input|form|small|big|sup|sub|blockquote|pre|code)\\b[^<>]{0,300}>',
      '&(?:nbsp|amp|lt|gt|quot|apos|copy|reg|hellip|mdash|ndash|#\\d{2,5}|#x[0-9a-f]{2,4});',
    ],
    message: {
      en: 'HTML is not allowed in buyer messages: the reply box says "no HTML", and tags show up as raw text or get the message blocked (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '买家消息中不允许使用 HTML：回复框明确写着"不支持 HTML"，标签会显示为原始文本或导致消息被拦截（亚马逊买家与卖家消息指南）。',
    },
    suggestion: {
      replacement: '',
      en: 'Remove the markup; write plain text.',
      zh_CN: '删除标记；请使用纯文本。',
    },
    examples: {
      flag: [
        '<b>Important:</b> read the manual.',
        'See <a href="https://example.com">here</a>',
        'Thanks&nbsp;again',
      ],
      pass: ['Size: 10 < 12 and 14 > 12.', 'Tom & Jerry mug', 'I <3 this lamp'],
    },
  },
  {
    id: 'tracking-pixel',
    category: 'styling',
    severity: 'block',
    languages: 'any',
    patterns: [
      '<img\\b[^<>]{0,300}(?:width|height) ?= ?["\']?[01](?:px)?\\b[^<>]{0,300}>',
      '\\b(?:pixel|beacon|open-track|opentrack)\\w*\\.(?:gif|png)\\b',
      '\\b1x1\\.(?:gif|png)\\b',
    ],
    message: {
      en: 'Tracking pixels (invisible images that report when a message is opened) are forbidden in buyer messages (Buyer-Seller Messaging guidelines).',
      zh_CN: '买家消息中禁止使用追踪像素（用于统计消息打开情况的隐形图片）（亚马逊买家与卖家消息指南）。',
    },
    suggestion: { replacement: '', en: 'Remove the image tag.', zh_CN: '删除该图片标签。' },
    examples: {
      flag: ['<img src="https://t.example.com/o.gif" width="1" height="1">', 'open-track.gif'],
      pass: ['I attached a photo of the label.', 'The pixel density is 300 ppi.'],
    },
  },
  {
    id: 'emoji',
    category: 'styling',
    severity: 'warn',
    languages: 'any',
    flags: 'u',
    // ©, ®, ™, ‼ and ⁉ count as pictographs in Unicode but are ordinary text in product names.
    patterns: ['(?![©®™‼⁉])\\p{Extended_Pictographic}'],
    message: {
      en: 'Emojis are not allowed in buyer messages and can get a message held back (Buyer-Seller Messaging guidelines).',
      zh_CN: '买家消息中不允许使用表情符号，可能导致消息被拦截（亚马逊买家与卖家消息指南）。',
    },
    suggestion: { replacement: '', en: 'Remove the emoji.', zh_CN: '删除该表情符号。' },
    examples: {
      flag: ['Thank you so much 😊', 'Your parcel is on its way 🚚📦', 'ありがとうございます🙏'],
      pass: ['HomeGlow™ Lamp', 'Thank you so much!', 'Rated ★ by testers'],
    },
  },
  {
    id: 'gif-or-image',
    category: 'styling',
    severity: 'warn',
    languages: 'any',
    patterns: ['\\.gif\\b', '!\\[[^\\]\\n]{0,100}\\]\\([^)\\n]{0,300}\\)'],
    message: {
      en: 'GIFs and images embedded in the text are not allowed; only attachments needed for the order (invoice, instructions, warranty) are (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '不允许在正文中嵌入 GIF 或图片；只允许与订单相关的附件（发票、说明书、保修卡）（亚马逊买家与卖家消息指南）。',
    },
    examples: {
      flag: ['Here is a fun thank-you.gif for you', '![thanks](https://example.com/t.png)'],
      pass: ['I attached the invoice as a PDF.', 'The gift box is included.'],
    },
  },
  {
    id: 'unsubscribe-link',
    category: 'styling',
    severity: 'block',
    languages: {
      en: [
        '\\b(?:unsubscribe|opt[- ]?out|stop receiving (?:these|our) (?:emails|messages))\\b',
        '\\bremove you from (?:our|the) (?:list|mailing list)\\b',
        '\\b(?:rather|prefer) not (?:to )?(?:receive|get|hear)\\b[^.!?\\n]{0,20}?\\b(?:messages|emails|from us)\\b',
      ],
      de: [
        '\\bhier (?:abmelden|abbestellen)\\b',
        '\\b(?:newsletter|nachrichten|e-mails?|mails?|werbung)\\b[^.!?\\n]{0,30}?\\b(?:abmelden|abbestellen)\\b',
        '\\b(?:abmelden|abbestellen)\\b[^.!?\\n]{0,20}?\\b(?:newsletter|nachrichten|e-mails?|werbung)\\b',
        '\\babmeldelink\\b',
      ],
      fr: ['\\b(?:se desabonner|desabonnez-vous|desinscri\\w+)\\b'],
      es: ['\\b(?:darse de baja|date de baja|dese de baja|cancelar (?:la )?suscripcion)\\b'],
      it: ["\\b(?:annullare l'iscrizione|disiscriv\\w+|cancellarsi)\\b"],
      ja: ['配信停止', '配信解除', '購読解除'],
      zh: ['退订', '取消订阅'],
    },
    message: {
      en: 'Opt-out and unsubscribe links are not allowed: Amazon handles buyers’ message preferences itself (Buyer-Seller Messaging guidelines).',
      zh_CN: '不允许加入退订或取消订阅链接：买家的消息偏好由亚马逊统一管理（亚马逊买家与卖家消息指南）。',
    },
    examples: {
      flag: ['Click here to unsubscribe.', 'Reply STOP to opt out.', 'Hier abmelden.', '回复TD退订'],
      pass: ['Please reply to this message.', 'We will stop the shipment.'],
    },
  },
  {
    id: 'excess-line-breaks',
    category: 'styling',
    severity: 'warn',
    languages: 'any',
    // Three or more line breaks, possibly with spaces between; written so that each form
    // starts with two characters a single line break never has.
    patterns: [
      '\\n\\n(?:[ \\t]*\\r?\\n)+',
      '\\n\\r\\n(?:[ \\t]*\\r?\\n)+',
      '(?:\\n\\x20|\\n\\t)[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)+',
    ],
    message: {
      en: 'More than two line breaks in a row are not allowed in buyer messages (Buyer-Seller Messaging guidelines).',
      zh_CN: '买家消息中不允许连续出现两个以上的换行（亚马逊买家与卖家消息指南）。',
    },
    suggestion: { replacement: '\n\n', en: 'Keep at most one empty line.', zh_CN: '最多保留一个空行。' },
    examples: {
      flag: ['Hello,\n\n\nyour order has shipped.', 'Thanks\n\n\n\n\nTeam'],
      pass: ['Hello,\n\nyour order has shipped.', 'Line one\nLine two'],
    },
  },
];
