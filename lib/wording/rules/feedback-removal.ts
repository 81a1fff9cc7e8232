/**
 * feedback-removal-pressure: seller feedback (the 1–5 rating of the seller, not the product
 * review). After a problem is solved a seller may say, once and neutrally, that feedback can
 * be updated; asking for removal is risky, and tying it to a refund, a gift or a threat is
 * forbidden (Communication Guidelines; DOMAIN.md §2). Product reviews are review-manipulation.
 */
import type { Rule } from '../types';
import { CJK_GAP, GAP, NEAR } from './pattern-kit';

/** To the end of the line, across sentence ends: "Remove your feedback? We refund you." */
const LINE = '[^\\n]{0,80}?';
const REMOVE_EN = '(?:remove|delete|withdraw|retract|take down|change|revise)';
const FEEDBACK_EN = '(?:feedback|seller rating|rating)';

export const feedbackRemovalRules: Rule[] = [
  {
    id: 'feedback-removal-reward',
    category: 'feedback-removal-pressure',
    severity: 'block',
    languages: {
      en: [
        `\\b(?:refund|compensat|gift|discount|reward|voucher|coupon|money|free|extra|bonus)\\w*${GAP}\\b(?:if|once|after|when|as soon as) you ${REMOVE_EN}${NEAR}\\b${FEEDBACK_EN}\\b`,
        `\\b${REMOVE_EN}${NEAR}\\b${FEEDBACK_EN}\\b${GAP}\\b(?:and|then) (?:we(?:'ll| will)|you(?:'ll| will)) (?:refund|send|give|pay|receive|get|compensate)\\b`,
        `\\b${REMOVE_EN}${NEAR}\\b${FEEDBACK_EN}\\b${LINE}\\b(?:full refund|refund|gift card|gift|compensation|reward|voucher|coupon|money|free)\\b`,
      ],
      de: [
        `\\b(?:erstatt|ruckerstatt|gutschein|entschadig|geld|rabatt|geschenk)\\w*${GAP}\\b(?:wenn|sobald|nachdem) sie${NEAR}\\b(?:feedback|verkauferbewertung|bewertung)\\w*${NEAR}\\b(?:entfernen|loschen|zuruckziehen|andern)`,
        `\\b(?:feedback|verkauferbewertung|bewertung)\\w*${NEAR}\\b(?:entfernen|entfernt|loschen|geloscht|zuruckziehen|zuruckgezogen|andern|geandert)${LINE}\\b(?:erstatt|ruckerstatt|gutschein|entschadig|geld|rabatt|geschenk)\\w*`,
      ],
      fr: [
        `\\b(?:rembours|cadeau|compens|bon d'achat|geste commercial)\\w*${GAP}\\b(?:si|des que|une fois que|apres que) vous (?:supprimez|retirez|modifiez)${NEAR}\\b(?:feedback|evaluation|commentaire)\\b`,
        `\\b(?:supprimer|retirer|modifier|supprimez|retirez|modifiez) (?:votre |le |ce |cette |l')(?:\\w+ )?(?:feedback|evaluation|commentaire)${LINE}\\b(?:rembours|cadeau|compens|bon d'achat|geste commercial|offr)\\w*`,
      ],
      es: [
        `\\b(?:reembols|regalo|compens|cupon|dinero)\\w*${GAP}\\b(?:si|cuando|una vez que|despues de que) (?:usted )?(?:elimina|elimine|retira|retire|modifica|modifique|cambia|cambie|borra|borre)${NEAR}\\b(?:feedback|valoracion|comentario|opinion)\\b`,
        `\\b(?:elimina|elimine|eliminar|retira|retire|retirar|modifica|modifique|borra|borre|quite|quitar|quita)${NEAR}\\b(?:feedback|valoracion|comentario|opinion)${LINE}\\b(?:reembols|regal|compens|cupon|dinero|devolve)\\w*`,
      ],
      it: [
        `\\b(?:rimbors|regalo|compens|buono|soldi)\\w*${GAP}\\b(?:se|quando|una volta che|dopo che) (?:lei )?(?:rimuove|elimina|ritira|modifica|cancella)${NEAR}\\b(?:feedback|valutazione)\\b`,
        `\\b(?:rimuove|rimuovere|rimuova|elimina|eliminare|elimini|ritira|ritirare|ritiri|modifica|modificare|cancella|togliere|tolga|togli)${NEAR}\\b(?:feedback|valutazione)${LINE}\\b(?:rimbors|regal|compens|buono|soldi)\\w*`,
      ],
      ja: [
        `(?:評価|フィードバック)(?:を)?(?:削除|取り消|変更|消し|消して|取り下げ|外し)${LINE}(?:返金|プレゼント|ギフト|補償|特典)`,
        `(?:返金|プレゼント|ギフト|補償)${CJK_GAP}(?:評価|フィードバック)(?:を|の)?(?:削除|取り消|変更|消し|消して|取り下げ|外し)`,
      ],
      zh: [
        `(?:删除|撤销|撤回|修改|改)(?:一下)?(?:您的)?(?:反馈|差评|评价)${LINE}(?:返现|退款|退全款|全额退款|退钱|返钱|补偿|红包|赔偿)`,
        `把[^.!?\\n]{0,6}?(?:反馈|差评|评价|中评)(?:给)?(?:删除|删掉|撤销|撤回|撤掉|去掉|删了|撤了|改)${LINE}(?:返现|退款|退全款|全额退款|退钱|返钱|补偿|红包|赔偿)`,
        `(?:返现|退款|退全款|全额退款|退钱|返钱|补偿|红包|赔偿)${CJK_GAP}(?:删除|删掉|撤销|撤回|修改|改)(?:一下)?(?:您的)?(?:反馈|差评|评价)`,
      ],
    },
    message: {
      en: 'Offering a refund, gift or anything else for removing or changing feedback is forbidden (Communication Guidelines).',
      zh_CN: '以退款、礼品或其他好处换取买家删除或修改反馈是被禁止的（亚马逊沟通指南）。',
    },
    examples: {
      flag: [
        'We will give you a full refund if you remove your negative feedback.',
        'Please delete the feedback and we will send you a gift card.',
        'Sie erhalten eine Erstattung, sobald Sie das Feedback entfernen.',
        'Nous vous rembourserons dès que vous supprimez votre commentaire.',
        'Le haremos un reembolso cuando elimine su valoración.',
        'Le daremo un rimborso quando rimuove il feedback.',
        '評価を削除していただければ全額返金いたします。',
        '删除差评后给您全额退款',
      ],
      pass: [
        'We have issued a full refund for the damaged item.',
        'If you feel we solved the problem, you are welcome to update your feedback.',
        '问题已解决，我们已为您全额退款。',
      ],
    },
  },
  {
    id: 'feedback-removal-demand',
    category: 'feedback-removal-pressure',
    severity: 'block',
    languages: {
      en: [
        `\\b(?:until|unless|only (?:if|after|when)) you ${REMOVE_EN}${NEAR}\\b${FEEDBACK_EN}\\b`,
        `\\bonly\\b${NEAR}\\b(?:after|once|when|if) you ${REMOVE_EN}${NEAR}\\b${FEEDBACK_EN}\\b`,
        `(?<=\\b(?:you must|you need to|you have to|you are required to) )${REMOVE_EN}${NEAR}\\b${FEEDBACK_EN}\\b`,
      ],
      de: [
        `\\b(?:sie mussen|erst wenn sie|solange sie nicht)${NEAR}\\b(?:feedback|bewertung)\\w*${NEAR}\\b(?:entfernen|loschen|zuruckziehen|andern)`,
      ],
      fr: [
        `\\b(?:vous devez|tant que vous n'avez pas|seulement si vous)${NEAR}\\b(?:supprime|retire|supprimer|retirer)${NEAR}\\b(?:feedback|evaluation|commentaire)\\b`,
      ],
      es: [
        `\\b(?:debe|tiene que|hasta que no|solo si)${NEAR}\\b(?:eliminar|retirar|elimine|retire)${NEAR}\\b(?:feedback|valoracion|comentario)\\b`,
      ],
      it: [
        `\\b(?:deve|finche non|solo se)${NEAR}\\b(?:rimuovere|eliminare|rimuove|elimina)${NEAR}\\b(?:feedback|valutazione)\\b`,
      ],
      ja: [`(?:評価|フィードバック)(?:を)?(?:削除|取り消)(?:しない限り|するまで|しなければ)`],
      zh: [
        '(?:必须|一定要|不删除|不撤销)(?:删除|撤销)?(?:差评|反馈|评价)',
        `(?:删除|撤销)(?:差评|反馈|评价)(?:之前|前)${CJK_GAP}(?:不|无法)`,
      ],
    },
    message: {
      en: 'Making a refund or help depend on removing feedback, or demanding removal, is pressure on the buyer and forbidden (Communication Guidelines).',
      zh_CN:
        '以删除反馈作为退款或帮助的前提，或强行要求删除反馈，属于向买家施压，亚马逊明令禁止（亚马逊沟通指南）。',
    },
    examples: {
      flag: [
        'We can only process the refund after you remove the feedback.',
        'You must remove your feedback today.',
        'Erst wenn Sie die Bewertung löschen, erstatten wir den Betrag.',
        '評価を削除するまで返金はできません。',
        '不删除差评就不能退款',
      ],
      pass: [
        'We can process the refund after you return the item.',
        'You must return the item within 30 days.',
      ],
    },
  },
  {
    id: 'feedback-removal-request',
    category: 'feedback-removal-pressure',
    severity: 'warn',
    languages: {
      en: [
        `\\b(?:remove|delete|withdraw|retract|take down|change|revise|reconsider|amend|removing|deleting|withdrawing|retracting|taking down|changing|revising|reconsidering|amending) (?:your|the|that|this) (?:[\\w-]+ )?(?:seller )?feedback\\b`,
        '\\bfeedback (?:to be |be )?(?:removed|deleted|withdrawn|taken down|changed)\\b',
      ],
      de: [
        '\\b(?:feedback|verkauferbewertung)\\w* (?:bitte )?(?:zu )?(?:entfernen|loschen|zuruckziehen|zuruckzuziehen|andern|zu andern|zu loschen|zu entfernen)\\b',
        '\\b(?:entfernen|loschen|andern) sie (?:bitte )?(?:ihr|das) feedback\\b',
      ],
      fr: [
        '\\b(?:supprimer|retirer|modifier|changer|supprimez|retirez|modifiez) (?:votre|le|ce|cette) (?:feedback|commentaire vendeur|evaluation)\\b',
      ],
      es: [
        '\\b(?:eliminar|retirar|modificar|cambiar|elimine|retire|modifique|cambie) (?:su|el|ese|sus) (?:feedback|comentarios? (?:de|sobre el) vendedor|valoracion (?:del|de) vendedor)\\b',
      ],
      it: [
        '\\b(?:rimuovere|eliminare|ritirare|modificare|cambiare|rimuova|elimini|ritiri|modifichi) (?:il suo |il |suo )feedback\\b',
      ],
      ja: ['(?:フィードバック|出品者評価|ストア評価)(?:を|の)?(?:削除|取り消し|取消|変更|修正|取り下げ)'],
      zh: [
        '(?:删除|撤销|撤回|修改|更改)(?:您的)?(?:反馈|卖家评价|店铺评价|feedback)',
        '(?:反馈|feedback)(?:删除|撤销|修改)',
      ],
    },
    message: {
      en: 'Asking the buyer to remove or change seller feedback is risky; only after the problem is solved may you say, once and neutrally, that feedback can be updated (Communication Guidelines).',
      zh_CN:
        '要求买家删除或修改卖家反馈有风险；只有在问题解决之后，才可以中立地提一次"可以更新反馈"（亚马逊沟通指南）。',
    },
    examples: {
      flag: [
        'Could you please remove your feedback?',
        'Könnten Sie Ihr Feedback bitte entfernen?',
        'Pourriez-vous retirer votre feedback ?',
        '出品者評価の削除をご検討ください。',
        '麻烦您删除反馈',
      ],
      pass: [
        'If you feel we solved the problem, you are welcome to update your feedback.',
        'Thank you for your feedback.',
        '感谢您的反馈。',
      ],
    },
  },
];
