/**
 * external-link: "Only links related to order completion are allowed" (the reply box itself).
 * The buyer's own Amazon order pages and Amazon help are fine; other sites, short links that
 * hide their target, Amazon product and store pages (marketing by another road) and Seller
 * Central pages (a buyer cannot open them) are not (DOMAIN.md §2).
 */
import { findLinks, type LinkKind } from '../detect/links';
import type { AnyLanguageRule, OffsetMap } from '../types';

const linksOf =
  (kind: LinkKind) =>
  (text: string, original: string, map: OffsetMap): { start: number; end: number }[] =>
    findLinks(text, original, (i) => map.toOriginalStart(i)).filter((link) => link.kind === kind);

export const externalLinkRules: AnyLanguageRule[] = [
  {
    id: 'link-other-site',
    category: 'external-link',
    severity: 'block',
    languages: 'any',
    detect: linksOf('other-site'),
    yieldsTo: ['email-address'],
    message: {
      en: 'Links to sites other than Amazon are not allowed, with or without "https://", and even written as "example dot com" (Buyer-Seller Messaging guidelines: only links needed to complete the order).',
      zh_CN:
        '不允许链接到亚马逊以外的网站，无论是否带 "https://"，写成 "example dot com" 也不行（亚马逊买家与卖家消息指南：只允许完成订单所需的链接）。',
    },
    suggestion: {
      replacement: '',
      en: 'Remove the link; attach instructions as a PDF if the buyer needs them.',
      zh_CN: '删除该链接；如果买家需要说明，可以附上 PDF 文件。',
    },
    examples: {
      flag: [
        'Manual: https://homeglow.example/manual',
        'Visit ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ for the video.',
        'See example.com/shop for more.',
        'Our site: homeglow dot com',
        '视频教程请看 www.youtube.com/watch?v=abc',
      ],
      pass: [
        'Your order page: https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567',
        'Amazon help: https://www.amazon.de/gp/help/customer/display.html',
        'It arrived.It works now.',
        'Please see the attached PDF manual.pdf.',
        'Bought on Amazon.co.jp last week.',
      ],
    },
  },
  {
    id: 'link-short',
    category: 'external-link',
    severity: 'block',
    languages: 'any',
    detect: linksOf('short-link'),
    message: {
      en: 'Short links (bit.ly, amzn.to, …) hide where they lead and are not allowed in buyer messages (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '短链接（bit.ly、amzn.to 等）会隐藏真实地址，不允许出现在买家消息中（亚马逊买家与卖家消息指南）。',
    },
    suggestion: { replacement: '', en: 'Remove the short link.', zh_CN: '删除该短链接。' },
    examples: {
      flag: ['Setup video: bit.ly/x', 'Get the case here: https://amzn.to/3abcDEF', 'tinyurl.com/homeglow'],
      pass: ['Setup video is in the box.', 'See the amazon.com help pages.'],
    },
  },
  {
    id: 'link-amazon-product-or-store',
    category: 'external-link',
    severity: 'warn',
    languages: 'any',
    detect: linksOf('amazon-not-order'),
    message: {
      en: 'Links to Amazon product, store or review pages are not needed to complete the order and count as promotion; only the buyer’s order pages and Amazon help may be linked (Buyer-Seller Messaging guidelines).',
      zh_CN:
        '链接到亚马逊商品页、店铺页或评论页并非完成订单所需，会被视为推广；只允许链接买家的订单页面和亚马逊帮助页面（亚马逊买家与卖家消息指南）。',
    },
    suggestion: { replacement: '', en: 'Remove the link.', zh_CN: '删除该链接。' },
    examples: {
      flag: [
        'The new version: https://www.amazon.com/dp/B0C1234567',
        'Our store: amazon.de/stores/HomeGlow/page/ABC',
        'www.amazon.co.jp/gp/product/B0C1234567',
      ],
      pass: [
        'Track it at https://www.amazon.com/your-orders',
        'https://www.amazon.co.uk/hz/contact-us',
        'Start the return at amazon.com/gp/css/order-history',
      ],
    },
  },
  {
    id: 'link-seller-central',
    category: 'external-link',
    severity: 'warn',
    languages: 'any',
    detect: linksOf('seller-central'),
    message: {
      en: 'Seller Central links only open for sellers; the buyer cannot use them (Buyer-Seller Messaging guidelines: only links needed to complete the order).',
      zh_CN:
        '卖家平台（Seller Central）链接只有卖家能打开，买家无法使用（亚马逊买家与卖家消息指南：只允许完成订单所需的链接）。',
    },
    suggestion: { replacement: '', en: 'Remove the link.', zh_CN: '删除该链接。' },
    examples: {
      flag: [
        'https://sellercentral.amazon.com/orders-v3/order/112-1234567-1234567',
        'sellercentral-europe.amazon.com/messaging',
      ],
      pass: [
        'Your order page is under Your Orders on Amazon.',
        'https://www.amazon.com/gp/help/customer/display.html',
      ],
    },
  },
];
