/**
 * off-platform-contact: anything that moves the conversation off Amazon. Amazon delivers no
 * message with an email address and forbids phone numbers, messenger and social handles and
 * invitations to talk elsewhere (DOMAIN.md §2; seeds 001, 003, 004). "Reply to this message"
 * is what sellers should write instead.
 */
import { findEmails } from '../detect/email';
import { findPhones } from '../detect/phone';
import type { Rule } from '../types';
import { anyOf, CJK_GAP, NEAR, spaced } from './pattern-kit';

/** Apps whose name alone already points outside Amazon. */
const APPS =
  "(?:whatsapp|whats app|whats[-.]app|what's ?app|watsapp|wechat|weixin|telegram|viber|skype|kakaotalk|kakao talk|微信|薇信|威信)";
/**
 * The same names letter-spaced ("w h a t s a p p"), a common dodge. Kept apart: they have no
 * literal start, so the checker scans for them over the whole text (see keywords.ts).
 */
const SPACED_APPS = anyOf(...['whatsapp', 'wechat', 'telegram', 'viber', 'skype'].map(spaced));
/** Either form. */
const STRONG_FORMS = [APPS, SPACED_APPS];
/** Names that are also everyday words ("line", "signal"): only with an id or handle. */
const WEAK_APPS = anyOf(
  'line',
  'signal',
  'instagram',
  'insta',
  'facebook',
  'fb',
  'messenger',
  'tiktok',
  'snapchat',
  'twitter',
  'qq',
  'ライン',
);
const ID_WORD = anyOf(
  'id',
  'number',
  'nummer',
  'numero',
  'no\\.',
  '号码?',
  '账号',
  '帳號',
  'アカウント',
  'account',
);
const HANDLE = '[+@]?[a-z0-9_][a-z0-9_.\\-]{2,}';

export const offPlatformContactRules: Rule[] = [
  {
    id: 'email-address',
    category: 'off-platform-contact',
    severity: 'block',
    languages: 'any',
    detect: (text) => findEmails(text),
    message: {
      en: 'Amazon does not deliver messages that contain an email address, even a disguised one ("name [at] shop dot com"): buyers and sellers talk only through Amazon (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '亚马逊不会投递含有电子邮箱地址的消息，变形写法（如 "name [at] shop dot com"）也一样：买卖双方只能通过亚马逊沟通（亚马逊买家与卖家消息指南）。',
    },
    suggestion: {
      replacement: '',
      en: 'Remove the address; the buyer can reply to this message.',
      zh_CN: '删除该地址；买家可以直接回复这条消息。',
    },
    examples: {
      flag: [
        'For faster help write to support@homeglow-store.com.',
        'My email: anna.lee [at] gmail [dot] com',
        'Schreiben Sie an service(at)beispiel(dot)de',
        '请发邮件到 ｓｈｏｐ＠ｅｘａｍｐｌｅ．ｃｏｍ',
        'You can reach Tom at gmail.com as tom.b at gmail.com',
        'Écrivez à contact arobase brightnook point fr.',
      ],
      pass: [
        'Please reply to this message and we will help you.',
        'We are at your service.',
        'Please look at amazon.com for the return label.',
        'Follow @homeglow for news',
      ],
    },
  },
  {
    id: 'phone-number',
    category: 'off-platform-contact',
    severity: 'block',
    languages: 'any',
    detect: (text) => findPhones(text),
    message: {
      en: 'Phone numbers are not allowed in messages to buyers, however they are written (spaces, dots, full-width digits) (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '发给买家的消息中不得出现电话号码，无论如何书写（空格、点号、全角数字）都不行（亚马逊买家与卖家消息指南）。',
    },
    suggestion: {
      replacement: '',
      en: 'Remove the number; keep the conversation in Amazon messages.',
      zh_CN: '删除该号码；请在亚马逊消息中继续沟通。',
    },
    examples: {
      flag: [
        'Call us on +1 (555) 123-4567 any time.',
        'お急ぎの場合は０９０-１２３４-５６７８までお電話ください。',
        'Rufen Sie uns an: 030 1234 5678',
        'Appelez le 06.12.34.56.78',
        '我的手机 138 0013 8000',
        'Tel 0 9 0 1 2 3 4 5 6 7 8',
      ],
      pass: [
        'Your order 112-1234567-1234567 has shipped.',
        'Tracking number: 9400 1118 9922 3197 4284 90 (USPS).',
        'We refunded $1,234.56 on 2026-11-21.',
        'Der Betrag von 1.234,56 € wurde am 21.11.2026 erstattet.',
        'ASIN B0C1234567, delivered 11/21/2026 at 14:30.',
        '追跡番号：1234-5678-9012（ヤマト運輸）',
        'Hi Tom, the barcode on the box should read 4062861507728.',
      ],
    },
  },
  {
    id: 'messenger-handle',
    category: 'off-platform-contact',
    severity: 'block',
    languages: 'any',
    patterns: [
      `${APPS} ?(?:${ID_WORD} ?[:：=]?|[:：=]) ?${HANDLE}`,
      `${APPS} ?[:：=]? ?(?:\\+ ?)?\\d[\\d .\\-]{5,}\\d`,
      `${APPS} ?@?[a-z_][a-z0-9_.\\-]*\\d[a-z0-9_.\\-]*`,
      // Letter-spaced names with an id; a spaced name with a number is a phone number anyway.
      `${SPACED_APPS} ?(?:${ID_WORD} ?[:：=]?|[:：=]) ?${HANDLE}`,
      `\\b${WEAK_APPS} ?${ID_WORD} ?[:：=]? ?${HANDLE}`,
      // "Line: brown wire", "Signal = blinking": a bare colon after an everyday word needs a handle-like token.
      `\\b${WEAK_APPS} ?[:：=] ?(?=[a-z0-9_.\\-]*[\\d_@])${HANDLE}`,
      `\\b(?:instagram|insta|facebook|tiktok|snapchat|twitter) ?[:：] ?${HANDLE}`,
      '(?:line|ライン)(?:の)?(?:公式)?(?:アカウント)?[（(]? ?(?:id|ＩＤ) ?[:：=] ?[a-z0-9_.\\-@]{3,}',
      `\\b${WEAK_APPS} ?@ ?[a-z0-9_]{3,}`,
      '\\b(?:wa\\.me|t\\.me)/',
      '\\b(?:vx|wx|v信)[:：]? ?[a-z0-9_\\-]{4,}',
      `\\bwei[ -]xin ?(?:${ID_WORD} ?[:：=]?|[:：=]) ?${HANDLE}`,
      '(?<=加(?:我|我们|一下)?)v ?[:：] ?[a-z0-9_\\-]{4,}',
    ],
    message: {
      en: 'A WhatsApp, WeChat, LINE, Telegram or social-media contact takes the buyer off Amazon, which Amazon forbids (Buyer-Seller Messaging guidelines).',
      zh_CN:
        'WhatsApp、微信、LINE、Telegram 或社交媒体账号会把买家引到亚马逊站外，亚马逊明令禁止（亚马逊买家与卖家消息指南）。',
    },
    suggestion: {
      replacement: '',
      en: 'Remove the contact; answer the buyer here instead.',
      zh_CN: '删除该联系方式；请直接在这里答复买家。',
    },
    yieldsTo: ['email-address'],
    examples: {
      flag: [
        'WhatsApp: +49 170 1234567',
        'wechat: abc123',
        'Add me, LINE ID: homeglow_jp',
        'w e c h a t: homeglow_cs',
        '微信号：shop8888',
        'Message us at wa.me/4917012345',
        'Add me on wei xin: brightnook_cs and I will send it.',
      ],
      pass: [
        'The cable is on the second line of the manual.',
        'Please reply to this message.',
        'Our WeChat team will answer soon.',
        'The signal light turns green when charged.',
        'Power = solid green, Signal = blinking blue means it is still pairing.',
        'Line: brown wire to L, Neutral: blue wire to N.',
      ],
    },
  },
  {
    id: 'messenger-mention',
    category: 'off-platform-contact',
    severity: 'warn',
    languages: 'any',
    patterns: STRONG_FORMS,
    message: {
      en: 'Naming a messaging app (WhatsApp, WeChat, Telegram…) suggests talking outside Amazon; Amazon forbids it and its filter may stop the message (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '提到即时通讯应用（WhatsApp、微信、Telegram 等）意味着站外联系；亚马逊禁止这样做，消息可能被过滤拦截（亚马逊买家与卖家消息指南）。',
    },
    examples: {
      flag: ['We are also on WhatsApp.', 'Are you on WeChat?', 'Sorry, our Telegram group is closed.'],
      pass: ['Please reply to this message.', 'We chat with many buyers every day.'],
    },
  },
  {
    id: 'messenger-invite',
    category: 'off-platform-contact',
    severity: 'block',
    languages: {
      en: [
        `\\b(?:add|contact|message|text|reach|chat with|talk to|find|follow) (?:me|us)(?: directly)? (?:on|via|through|at|in) ${anyOf(APPS, WEAK_APPS)}\\b`,
        `\\b(?:message|dm|text|ping|write|reach|contact|chat|talk|add|find|hit)\\w*${NEAR}\\b(?:on|via|through|over) (?:${APPS}|instagram|insta|facebook|messenger|tiktok|twitter|snapchat|signal|line)\\b`,
      ],
      de: [
        `\\b(?:uber|per|via|auf) ${APPS}\\b`,
        `\\b(?:kontaktieren|schreiben|erreichen|adden|finden) sie uns ${NEAR}(?:uber|per|via|auf|bei) ${anyOf(APPS, WEAK_APPS)}\\b`,
      ],
      fr: [
        `\\b(?:contactez|ecrivez|ajoutez|retrouvez)-(?:nous|moi) ${NEAR}(?:sur|via|par) ${anyOf(APPS, WEAK_APPS)}\\b`,
        `\\b(?:via|par|sur) ${APPS}\\b`,
      ],
      es: [
        `\\b(?:contactenos|contactanos|escribanos|escribenos|agreguenos|agreganos|anadanos|anadenos) ${NEAR}(?:por|en|via) ${anyOf(APPS, WEAK_APPS)}\\b`,
        `\\b(?:por|via) ${APPS}\\b`,
      ],
      it: [
        `\\b(?:contattateci|contattaci|scriveteci|scrivici|aggiungeteci|aggiungici) ${NEAR}(?:su|via|tramite) ${anyOf(APPS, WEAK_APPS)}\\b`,
        `\\b(?:via|tramite|su) ${APPS}\\b`,
      ],
      ja: [
        '(?:line|ライン)(?:で|に|の|から)?(?:友だち|友達|追加|登録|ご連絡|連絡|トーク|お問い合わせ|問い合わせ|ご相談|メッセージ)',
        `(?:whatsapp|wechat|微信|telegram|カカオ)(?:で|に|から)(?:ご連絡|連絡|追加|登録)`,
      ],
      zh: [
        '加(?:我|我们|一下|个)?(?:的)?(?:微信|薇信|威信|vx|wx|v信|qq|line|whatsapp|telegram|好友)',
        '加(?:我|我们|一下|个)?(?:的)?v(?![a-z0-9])',
        '(?:微信|qq|whatsapp|telegram)(?:上)?(?:联系|聊|沟通|详谈)',
        `(?:扫码|扫一扫)${CJK_GAP}(?:加|添加|关注)`,
      ],
    },
    message: {
      en: 'Inviting the buyer to talk on another app or social network takes the conversation off Amazon, which Amazon forbids (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '邀请买家到其他应用或社交网络上沟通，会把对话引到亚马逊站外，亚马逊明令禁止（亚马逊买家与卖家消息指南）。',
    },
    examples: {
      flag: [
        'Please add us on WhatsApp for faster support.',
        'Kontaktieren Sie uns gerne per WhatsApp.',
        '加我微信，发视频给您看',
        'LINEで友だち追加してください。',
        'Contactez-nous sur WeChat.',
      ],
      pass: [
        'Please reply to this message for faster support.',
        'Kontaktieren Sie uns gerne über das Amazon-Nachrichtensystem.',
        '请直接回复此消息。',
      ],
    },
  },
  {
    id: 'social-handle',
    category: 'off-platform-contact',
    severity: 'warn',
    languages: 'any',
    patterns: ['(?<![a-z0-9._%+\\-@])@[a-z_][a-z0-9_.]{2,29}(?![a-z0-9_@])'],
    yieldsTo: ['email-address', 'messenger-handle'],
    message: {
      en: 'A social-media handle (@name) invites the buyer to contact you outside Amazon (Buyer-Seller Messaging guidelines).',
      zh_CN: '社交媒体账号（@名称）会引导买家到亚马逊站外联系您（亚马逊买家与卖家消息指南）。',
    },
    suggestion: { replacement: '', en: 'Remove the handle.', zh_CN: '删除该账号。' },
    examples: {
      flag: ['Find us as @homeglow_official.', 'Tag us @brightdesk.jp in your photos'],
      pass: ['Write to us here.', 'Delivery @ 5pm is fine.', 'Contact: info@shop.de'],
    },
  },
  {
    id: 'contact-directly',
    category: 'off-platform-contact',
    severity: 'warn',
    languages: {
      en: [
        '\\b(?:contact|reach|email|e-mail|call|phone|text|message|write to) (?:us|me) (?:directly|personally|privately|outside (?:of )?amazon|off amazon)\\b',
        '\\b(?:email|e-mail|call|phone|ring|text) (?:us|me)\\b',
        '\\b(?:send|write) (?:us|me) an? (?:email|e-mail|text|sms)\\b',
        '(?<=\\bour )(?:email|e-mail|email address|phone number|phone line|phone support|hotline|telephone number|telephone|whatsapp)\\b',
        '\\b(?:reach|write to|email|mail|contact|find|message) (?:me|us)\\b[^.!?\\n]{0,25}?\\b(?:on|via|at) (?:gmail|hotmail|outlook|yahoo|icloud|gmx|qq|foxmail|protonmail)\\b',
        `\\b(?:contact|talk|communicate|chat|reach|deal)\\w* ${NEAR}(?:outside (?:of )?|off )amazon\\b`,
      ],
      de: [
        '\\b(?:kontaktieren|erreichen) sie (?:uns|mich) (?:direkt|personlich|privat)\\b',
        '\\b(?:schreiben|senden) sie (?:uns|mir) (?:eine|ne) (?:e-mail|email|mail|sms)\\b',
        '\\brufen sie (?:uns|mich) (?:direkt |gerne |bitte )?an\\b',
        '\\bunsere (?:e-mail|email|e-mail-adresse|telefonnummer|hotline|handynummer)\\b',
        '\\b(?:kontaktieren|erreichen|schreiben|informieren) sie (?:uns|mich)\\b[^.!?\\n]{0,25}?\\b(?:per|via) (?:e-mail|email|mail|telefon)\\b',
        '\\b(?:uns|mich) (?:gerne |einfach |bitte |jederzeit )?(?:per|via) (?:e-mail|email|mail|telefon)\\b',
        '\\bausserhalb von amazon\\b',
      ],
      fr: [
        '\\b(?:contactez|joignez)-(?:nous|moi) (?:directement|en prive|personnellement)\\b',
        '\\b(?:envoyez|ecrivez)-(?:nous|moi) (?:un )?(?:e-mail|email|mail|courriel|sms)\\b',
        '\\bappelez-(?:nous|moi)\\b',
        '\\bnotre (?:adresse (?:e-mail|email|mail)|numero de telephone|e-mail|email|telephone)\\b',
        '\\b(?:(?:contactez|joignez|appelez|ecrivez)-(?:nous|moi)|(?:nous|me) (?:contacter|joindre|ecrire|appeler))\\b[^.!?\\n]{0,25}?\\bpar (?:e-mail|email|courriel|telephone)\\b',
        "\\ben dehors d'amazon\\b",
      ],
      es: [
        '\\b(?:contactenos|contactanos|contacteme|contactame|escribanos|escribenos|llamenos|llamanos) (?:directamente|por (?:correo|email|e-mail|telefono))\\b',
        '\\b(?:llamenos|llamanos)\\b',
        '\\bnuestro (?:correo(?: electronico)?|email|e-mail|telefono|numero de telefono)\\b',
        '\\b(?:contactenos|contactanos|escribanos|escribenos|llamenos|llamanos|contactarnos|escribirnos|llamarnos)\\b[^.!?\\n]{0,25}?\\bpor (?:correo electronico|email|e-mail|telefono)\\b',
        '\\bfuera de amazon\\b',
      ],
      it: [
        '\\b(?:contattateci|contattaci|ci contatti|contattami|mi contatti|scriveteci|scrivici|ci scriva) (?:direttamente|via (?:email|e-mail|telefono)|per email)\\b',
        '\\b(?:chiamateci|chiamaci|ci chiami|mi chiami)\\b',
        '\\bil nostro (?:indirizzo email|indirizzo e-mail|numero di telefono|email|telefono)\\b',
        '\\b(?:contattarci|scriverci|chiamarci|contattateci|scriveteci|contattaci|scrivici|ci contatti|ci scriva|ci chiami)\\b[^.!?\\n]{0,25}?\\b(?:via|per) (?:email|e-mail|telefono)\\b',
        '\\bfuori (?:da|di) amazon\\b',
      ],
      ja: [
        '直接(?:ご連絡|連絡|お問い合わせ|メール|お電話)',
        '(?:メール|お電話|電話)(?:で|にて)(?:ご連絡|お問い合わせ|連絡)(?!が(?:入|あ|来|届))',
        '(?:お電話|電話)(?:ください|下さい)',
        '(?:amazon|アマゾン)(?:外|以外)(?:で|にて)',
      ],
      zh: [
        '直接(?:联系|聯繫|联络)(?:我们|我)',
        '(?:打电话|致电|发邮件|发送邮件|写邮件|发短信)(?:给我们|给我|联系)',
        '站外(?:联系|沟通|交流)',
        '私下(?:联系|沟通)',
        '(?:邮件|电话|短信)联系(?:我们|我)',
        '私聊',
      ],
    },
    message: {
      en: 'Asking the buyer to contact you directly, by email or by phone, moves the conversation off Amazon (Buyer-Seller Messaging guidelines). Ask them to reply to this message instead.',
      zh_CN:
        '要求买家直接联系您、发邮件或打电话，会把沟通引到亚马逊站外（亚马逊买家与卖家消息指南）。请让买家直接回复这条消息。',
    },
    examples: {
      flag: [
        'Please contact us directly so we can sort this out.',
        'Just email us and we will send a new one.',
        'Bitte rufen Sie uns an.',
        'Vous pouvez nous joindre par téléphone.',
        'Puede escribirnos por correo electrónico.',
        'Ci contatti direttamente per email.',
        'お電話にてご連絡ください。',
        '请直接联系我们。',
      ],
      pass: [
        'Please reply to this message so we can sort this out.',
        'We will contact the carrier today.',
        'Bitte antworten Sie auf diese Nachricht.',
        'お手数ですが、このメッセージにご返信ください。',
        '请直接回复此消息。',
      ],
    },
  },
];
