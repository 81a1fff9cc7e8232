/**
 * review-manipulation: Amazon allows one neutral request for an honest review per order
 * (Request a Review: 5–30 days after delivery). Asking for a positive or 5-star review,
 * asking only happy buyers, telling buyers what to write, asking to change or remove a
 * review, or asking again are forbidden (Customer Product Reviews policy; DOMAIN.md §2;
 * seed 001: "请给我们五星好评" is never allowed).
 */
import type { Rule } from '../types';
import { CJK_GAP, GAP, NEAR } from './pattern-kit';

/** Star symbols in a row: "★★★★★" says "five stars" in every language. */
const STARS = '(?:[★☆⭐]\\ufe0f?){3,}|\\b(?:5|five|funf|cinq|cinco|cinque) ?★|\\b(?:5 ?/ ?5|10 ?/ ?10)\\b';
const REVIEW_EN = '(?:reviews?|ratings?|feedback|comments?|testimonials?)';
const POSITIVE_EN =
  '(?:positive|good|great|nice|excellent|favou?rable|glowing|top|high|best|5-star|five-star|5 star|five star|perfect)';

export const reviewManipulationRules: Rule[] = [
  {
    id: 'positive-review-request',
    category: 'review-manipulation',
    severity: 'block',
    languages: {
      en: [
        STARS,
        '\\b(?:5|five)[- ]?stars?\\b',
        '\\b(?:full|top) marks\\b',
        `\\b(?:leave|give|write|post|share|submit|drop|consider leaving|consider giving|consider writing)\\w* (?:us |me )?(?:a |an |some )?(?:\\w+ )?${POSITIVE_EN} ${REVIEW_EN}\\b`,
        `\\b(?:appreciate|grateful for|love|hope for|count on|ask (?:you )?for|need) (?:a|an|some) (?:\\w+ )?${POSITIVE_EN} ${REVIEW_EN}\\b`,
        `(?<=\\b(?:a|an) )${POSITIVE_EN} ${REVIEW_EN} (?:would|will|helps|means|from you)\\b`,
        '\\brate us (?:5|five|highly|high|well)\\b',
      ],
      de: [
        STARS,
        '\\b(?:5|funf)[- ]?sterne?\\w*',
        '\\bvolle[mn]? (?:sterne|punktzahl|punkte)\\b',
        '\\bhochste[mn]? (?:bewertung|punktzahl|sternezahl)\\b',
        '\\beine?[mnrs]? (?:positive[mnrs]?|gute[mnrs]?|sehr gute[mnrs]?|tolle[mnrs]?|super) (?:bewertung|rezension|kundenrezension|feedback|produktbewertung)\\b',
      ],
      fr: [
        STARS,
        '\\b(?:5|cinq) etoiles\\b',
        '\\b(?:la |une )?note maximale\\b',
        '\\b(?:la )?meilleure note\\b',
        '\\b(?:5|cinq) sur (?:5|cinq)\\b',
        '\\b(?:un|une) (?:avis|commentaire|evaluation|note) (?:positi(?:f|ve)|favorable|elogieu(?:x|se))\\b',
        '\\b(?:un|une) (?:bon|bonne|excellent|excellente|tres bon|tres bonne) (?:avis|note|evaluation|commentaire)\\b',
      ],
      es: [
        STARS,
        '\\b(?:5|cinco) estrell(?:as|itas)\\b',
        '\\b(?:la )?(?:maxima|mejor) (?:puntuacion|valoracion|calificacion|nota)\\b',
        '\\bcinco de cinco\\b',
        '\\buna? (?:resena|valoracion|opinion|calificacion|comentario) (?:positiv[ao]|favorable)\\b',
        '\\buna? (?:buena|excelente|gran) (?:resena|valoracion|opinion|calificacion)\\b',
      ],
      it: [
        STARS,
        '\\b(?:5|cinque) stell(?:e|ine)\\b',
        '\\b(?:il )?massimo dei voti\\b',
        '\\b(?:il )?punteggio (?:massimo|pieno)\\b',
        '\\b(?:5|cinque) su (?:5|cinque)\\b',
        '\\buna? (?:recensione|valutazione|feedback|opinione) (?:positiv[ao]|favorevole)\\b',
        '\\buna? (?:buona|ottima|bella) (?:recensione|valutazione)\\b',
      ],
      ja: [
        STARS,
        '(?:星|★|☆) ?(?:5|五)',
        '(?:5|五)つ星',
        '星(?:5|五)つ',
        '高評価',
        '(?:良い|よい|いい)(?:レビュー|評価)',
        '星を(?:5|五)(?:つ|個)?',
      ],
      zh: [
        STARS,
        '好评|好評',
        '(?:五|5)星',
        '(?:给|打|留)(?:个|一个|我们|我)?(?:满分|高分)|(?:满分|高分)(?:评价|好评|评论)|满分',
        '(?:好的|正面的?)(?:评价|评论)',
      ],
    },
    message: {
      en: 'Asking for a positive or 5-star review is review manipulation; Amazon allows only a neutral request for an honest review, or its Request a Review button (Customer Product Reviews policy).',
      zh_CN:
        '要求买家给好评或五星评价属于操纵评论；亚马逊只允许中立地邀请买家留下真实评价，或使用"请求评论"按钮（亚马逊买家商品评论政策）。',
    },
    examples: {
      flag: [
        'Please leave us a 5-star review!',
        'We would appreciate a positive review.',
        'Über eine 5-Sterne-Bewertung würden wir uns freuen.',
        'Merci de nous laisser un avis positif.',
        'Le agradeceríamos una reseña de cinco estrellas.',
        'Ci lasci una recensione a 5 stelle.',
        '星5のレビューをお願いします。',
        '请给我们五星好评',
        'Rate us ★★★★★',
        'Could you give us full marks on the product page?',
        '给个满分评价吧',
      ],
      pass: [
        'We would appreciate your honest feedback.',
        'Thank you for your positive feedback.',
        'Wir freuen uns über Ihre ehrliche Meinung.',
        'ご意見をお聞かせください。',
        '欢迎您分享真实的使用体验。',
        '这款吹风机噪音在高分贝档位时较大，属于正常现象。',
      ],
    },
  },
  {
    id: 'review-only-happy',
    category: 'review-manipulation',
    severity: 'block',
    languages: {
      en: [
        `(?<=\\bif (?:you are|you're|you were|you feel) )(?:happy|satisfied|pleased|delighted|enjoying|thrilled)${GAP}\\b(?:review|feedback|rating|rate us|stars?)\\b`,
        `(?<=\\bif you )(?:like|love|liked|loved|enjoy|enjoyed) (?:it|the \\w+|our \\w+|your \\w+)${GAP}\\b(?:review|feedback|rating|rate us|stars?)\\b`,
        `(?<=\\bif (?:the \\w+|it|everything|your \\w+) )(?:meets|met|lived up to|exceeded|exceeds) (?:your|all your) expectations${GAP}\\b(?:review|feedback|rating|rate us|stars?)\\b`,
        `\\b(?:review|feedback)\\b${NEAR}\\bif (?:you are|you're|you were) (?:happy|satisfied|pleased)\\b`,
        `\\bhappy customers?${GAP}\\b(?:review|feedback)\\b`,
        `(?<=\\bif (?:it|everything|all) (?:works?|went|goes|is|was) )(?:well|fine|great|ok|okay|perfectly)${GAP}\\b(?:review|feedback|rating|rate us|stars?)\\b`,
      ],
      de: [
        `\\b(?:wenn|falls) (?:sie|du) (?:zufrieden|begeistert|glucklich)${GAP}\\b(?:bewert\\w*|rezension\\w*|feedback|sterne)`,
        `\\b(?:wenn|falls) ihnen (?:das|der|die|unser)\\w* ${NEAR}\\bgefallt${GAP}\\b(?:bewert\\w*|rezension\\w*|feedback)`,
      ],
      fr: [
        `\\bsi vous (?:etes|avez ete) (?:satisfait|content|ravi)e?s?${GAP}\\b(?:avis|evaluation|commentaire|note|etoiles)\\b`,
      ],
      es: [
        `\\bsi (?:esta|estas|ha quedado|quedo|queda) (?:satisfech[oa]|content[oa]|feliz)${GAP}\\b(?:resena|valoracion|opinion|comentario|estrellas)\\b`,
        `\\bsi le (?:gusto|ha gustado|gusta|encanto)${GAP}\\b(?:resena|valoracion|opinion|comentario|estrellas)\\b`,
      ],
      it: [
        `\\bse (?:e|sei|siete|e rimasto|e rimasta) (?:soddisfatt[oaie]|content[oaie]|felice)${GAP}\\b(?:recensione|feedback|valutazione|stelle)\\b`,
      ],
      ja: [
        `(?:ご満足|気に入って|お気に召して)(?:いただけ|頂け)(?:ました|た)?(?:ら|なら|場合)${CJK_GAP}(?:レビュー|評価)`,
      ],
      zh: [
        `(?:如果|若|要是)(?:您|你)?(?:对)?${CJK_GAP}(?:满意|喜欢)${CJK_GAP}(?:评价|评论|好评|留评|五星)`,
        `满意的话${CJK_GAP}(?:评价|好评|留评)`,
      ],
    },
    message: {
      en: 'Asking only satisfied buyers for a review skews reviews; Amazon requires the same neutral request to every buyer (Customer Product Reviews policy).',
      zh_CN:
        '只邀请满意的买家留评会使评论失真；亚马逊要求对所有买家发出同样中立的邀请（亚马逊买家商品评论政策）。',
    },
    examples: {
      flag: [
        'If you are happy with your purchase, please leave us a review.',
        'Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung.',
        'Si vous êtes satisfait, laissez-nous un avis.',
        'Si está satisfecho, déjenos una reseña.',
        'Se è soddisfatto, ci lasci una recensione.',
        'ご満足いただけましたら、レビューをお願いいたします。',
        '如果您满意，请给我们留个评价',
      ],
      pass: [
        'If you are happy with the replacement, no further action is needed.',
        'We hope you are happy with your purchase.',
        'Wenn Sie zufrieden sind, müssen Sie nichts weiter tun.',
        '如果您满意这个解决方案，请告诉我们。',
      ],
    },
  },
  {
    id: 'review-content-dictation',
    category: 'review-manipulation',
    severity: 'block',
    languages: {
      en: [
        `(?<=\\b(?:in|on) (?:your|the|a) )review${NEAR}\\b(?:mention|say|write|include|state|note|describe|talk about|highlight)\\b`,
        `\\b(?:mention|say|write|state|note|highlight) (?:that|how)${GAP}\\b(?:in|on) (?:your|the|a) review\\b`,
        '\\breview (?:saying|stating|mentioning) (?:that|how)\\b',
        `\\b(?:don't|do not|never|please don't) mention${GAP}\\b(?:review|feedback)\\b`,
      ],
      de: [
        `\\bin (?:ihrer|der|einer) bewertung${NEAR}\\b(?:erwahnen|schreiben|angeben|betonen|hervorheben)\\b`,
        `\\b(?:erwahnen|schreiben) sie (?:bitte )?${NEAR}\\bin (?:ihrer|der) bewertung\\b`,
      ],
      fr: [
        `\\bdans (?:votre |l')(?:avis|commentaire|evaluation)${NEAR}\\b(?:mentionner|mentionnez|ecrire|ecrivez|indiquer|indiquez|preciser|precisez)\\b`,
        `\\b(?:mentionnez|ecrivez|indiquez|precisez)${GAP}\\bdans (?:votre |l')(?:avis|commentaire|evaluation)\\b`,
      ],
      es: [
        `\\ben (?:su|tu|la) (?:resena|opinion|valoracion|comentario)${NEAR}\\b(?:mencione|menciona|escriba|escribe|diga|indique)\\b`,
        `\\b(?:mencione|menciona|escriba|escribe|diga|indique)${GAP}\\ben (?:su|tu|la) (?:resena|opinion|valoracion)\\b`,
      ],
      it: [
        `\\bnella (?:sua |tua )?(?:recensione|valutazione)${NEAR}\\b(?:menzioni|menziona|scriva|scrivi|dica|indichi)\\b`,
        `\\b(?:menzioni|menziona|scriva|scrivi|dica|indichi)${GAP}\\bnella (?:sua |tua )?(?:recensione|valutazione)\\b`,
      ],
      ja: [
        `レビュー(?:に|で|の中で|には)${CJK_GAP}(?:と書いて|と記載|書いて|記載して|触れて)`,
        `(?:と|を)(?:書いて|記載して)${CJK_GAP}レビュー`,
      ],
      zh: [
        `(?<!(?:看到|收到|读到|读了|注意到|了解到|根据|按照|针对|关于)(?:您|你)(?:的|在)?)(?:评价|评论|好评)(?:里|中|上|时)${CJK_GAP}(?:写|提到|注明|说)(?!的|过|了)`,
        `(?:写|提到|注明)${CJK_GAP}(?:在)?(?:评价|评论)(?:里|中)`,
        '(?:带图|晒图|带视频)(?:好评|评价)',
      ],
    },
    message: {
      en: 'Telling buyers what to write in a review is review manipulation (Customer Product Reviews policy).',
      zh_CN: '告诉买家在评论里写什么属于操纵评论（亚马逊买家商品评论政策）。',
    },
    examples: {
      flag: [
        'In your review, please mention how easy the setup was.',
        'Bitte erwähnen Sie in Ihrer Bewertung die schnelle Lieferung.',
        'Dans votre avis, mentionnez la qualité du tissu.',
        'En su reseña, mencione la rapidez del envío.',
        'Nella sua recensione menzioni la qualità.',
        'レビューには「組み立てが簡単」と書いてください。',
        '评价里写上物流很快',
      ],
      pass: [
        'Please mention your order number in your reply.',
        'Bitte erwähnen Sie die Bestellnummer.',
        '请在回复中注明订单号。',
      ],
    },
  },
  {
    id: 'review-change-request',
    category: 'review-manipulation',
    severity: 'block',
    languages: {
      en: [
        '\\b(?:change|update|modify|revise|edit|remove|delete|take down|withdraw|amend|improve|raise|upgrade|reconsider|tweak|adjust|rethink|bump up|correct|revisit|changing|updating|modifying|revising|revisiting|editing|removing|deleting|taking down|withdrawing|amending|improving|raising|upgrading|reconsidering|adjusting|rethinking|bumping up|correcting) (?:your|the|that|this) (?:[\\w-]+ )?(?:review|star rating|rating)\\b',
        '\\b(?:review|rating) (?:to be |be )?(?:removed|deleted|changed|updated|revised|taken down|amended)\\b',
        '\\b(?:change|update|raise) (?:it|the stars?|your stars?) to (?:5|five|4|four)\\b',
      ],
      de: [
        '\\b(?:bewertung|rezension|sternebewertung|kundenrezension)\\w* (?:bitte )?(?:zu )?(?:andern|anpassen|anzupassen|abandern|abzuandern|loschen|entfernen|zuruckziehen|zuruckzuziehen|uberarbeiten|aktualisieren|zu andern|zu loschen|zu entfernen|zu uberarbeiten|zu aktualisieren)\\b',
        '\\b(?:andern|loschen|entfernen|uberarbeiten) sie (?:bitte )?(?:ihre|die) (?:bewertung|rezension)\\b',
        '\\b(?:ihre|die) (?:bewertung|rezension|sternebewertung|kundenrezension)\\w*(?: (?:noch|einmal|nochmal|nochmals|bitte|vielleicht|doch|gerne))+ (?:uberdenken|nach oben korrigieren|anheben|andern|anpassen|abandern|loschen|entfernen|zuruckziehen|uberarbeiten|aktualisieren)\\b',
        '\\b(?:ihre|die) (?:bewertung|rezension|sternebewertung|kundenrezension)\\w* (?:uberdenken|nach oben korrigieren|anheben)\\b',
      ],
      fr: [
        "\\b(?:modifier|changer|supprimer|retirer|mettre a jour|revoir|modifiez|supprimez|retirez|changez) (?:votre |l'|cet |ce )(?:avis|commentaire|note)\\b",
      ],
      es: [
        '\\b(?:modificar|cambiar|eliminar|borrar|retirar|actualizar|quitar|modifique|cambie|elimine|borre|retire|actualice) (?:su|la|esa|tu) (?:resena|valoracion|opinion|calificacion|comentario)\\b',
        '\\b(?:subir|suba|aumentar|aumente)\\b (?:las |la |el )?(?:estrellas|puntuacion|nota|calificacion|valoracion)\\b',
        '\\b(?:mejorar|mejore)\\b (?:las |la )?(?:estrellas|puntuacion|calificacion)\\b',
      ],
      it: [
        '\\b(?:modificare|cambiare|rimuovere|eliminare|cancellare|ritirare|aggiornare|modifichi|cambi|rimuova|elimini|cancelli|ritiri|aggiorni) (?:la sua |la tua |la |sua |tua )(?:recensione|valutazione|opinione)\\b',
        '\\b(?:alzare|alzi|aumentare|aumenti)\\b (?:il |la |le )?(?:voto|stelle|punteggio|valutazione)\\b',
        '\\b(?:rivedere|riveda|migliorare|migliori)\\b (?:il |le )?(?:voto|stelle|punteggio)\\b',
      ],
      ja: [
        '(?:レビュー|評価|星)(?:を|の)?(?:削除|修正|変更|編集|取り消し|取消|見直し|書き直|消し|消して|取り下げ|外し)',
        '星(?:の数)?(?:を)?(?:上げ|増や)',
      ],
      zh: [
        '(?:删除|删掉|撤销|撤回|修改|更改|改)(?:一下)?(?:您的|这个|那个|这条)?(?:差评|评价|评论|中评|星级)',
        '(?:差评|评价|评论)(?:删除|删掉|修改|改成|改为|撤销|撤掉|去掉|删了)',
        '(?:评价|评论)(?:的)?星(?:星|级|数)?(?:加|改|提高|调高)|(?:加|提高|调高)(?:一下)?(?:评价|评论)?(?:的)?星(?:星|级|数)',
        '删评|改评|追评改好评|改成好评|改为好评|改成五星',
      ],
    },
    message: {
      en: 'Asking a buyer to change or remove a product review is forbidden, even after the problem is solved (Customer Product Reviews policy).',
      zh_CN: '要求买家修改或删除商品评论是被禁止的，即使问题已经解决也不行（亚马逊买家商品评论政策）。',
    },
    examples: {
      flag: [
        'Could you please update your review now that the issue is fixed?',
        'We kindly ask you to remove the negative review.',
        'Könnten Sie Ihre Bewertung bitte ändern?',
        'Pourriez-vous modifier votre avis ?',
        'Le rogamos que elimine su reseña.',
        'Potrebbe modificare la sua recensione?',
        'レビューの削除をお願いできますでしょうか。',
        '麻烦您把差评删除一下',
      ],
      pass: [
        'We have read your review and are sorry about the problem.',
        'Please update your shipping address in your account.',
        '我们已经看到您的评价，非常抱歉。',
      ],
    },
  },
  {
    id: 'review-request-repeated',
    category: 'review-manipulation',
    severity: 'warn',
    languages: {
      en: [
        `\\b(?:reminder|remind you)${GAP}\\b(?:review|feedback)\\b`,
        `\\b(?:haven't|have not|didn't|did not) (?:yet )?(?:had a chance to )?(?:leave|left|write|written|post|posted)${NEAR}\\b(?:review|feedback)\\b`,
        `\\b(?:once (?:again|more)|one more time|another request|following up|follow up|second request|asking again)${GAP}\\b(?:review|feedback)\\b`,
        `\\b(?:review|feedback)\\b${GAP}\\b(?:once again|once more|as (?:we )?(?:asked|requested|mentioned) (?:before|earlier|previously))\\b`,
      ],
      de: [
        `\\berinnerung${GAP}\\b(?:bewertung|rezension|feedback)`,
        '\\bnoch keine (?:bewertung|rezension)\\b',
        `\\b(?:erneut|nochmals|noch einmal)${GAP}\\b(?:bewertung|rezension|bewerten|feedback)`,
      ],
      fr: [
        `\\brappel${GAP}\\b(?:avis|evaluation|commentaire)\\b`,
        `\\b(?:revenir vers vous|relancer|relance|(?:avez|auriez)-vous eu le temps)\\b${GAP}\\b(?:avis|evaluation|commentaire)\\b`,
        `\\b(?:pas encore|toujours pas) (?:laisse|donne|ecrit)${NEAR}\\b(?:avis|evaluation|commentaire)\\b`,
        `\\b(?:(?<=\\ba )nouveau|de nouveau|encore une fois)${GAP}\\b(?:avis|evaluation)\\b`,
      ],
      es: [
        `\\brecordatorio${GAP}\\b(?:resena|opinion|valoracion)\\b`,
        `\\b(?:le recordamos|recordarle)\\b${GAP}\\b(?:resena|opinion|valoracion)\\b`,
        `\\b(?:todavia|aun) no (?:ha|has) (?:dejado|escrito)${NEAR}\\b(?:resena|opinion|valoracion)\\b`,
        `\\b(?:de nuevo|nuevamente|otra vez)${GAP}\\b(?:resena|opinion|valoracion)\\b`,
      ],
      it: [
        `\\bpromemoria${GAP}\\b(?:recensione|feedback|valutazione)\\b`,
        `\\b(?:le ricordiamo|ricordarle)\\b${GAP}\\b(?:recensione|feedback|valutazione)\\b`,
        `\\b(?:non ha ancora|ancora non ha) (?:lasciato|scritto)${NEAR}\\b(?:recensione|feedback|valutazione)\\b`,
        `\\b(?:di nuovo|nuovamente|ancora una volta)${GAP}\\b(?:recensione|feedback|valutazione)\\b`,
      ],
      ja: [`(?:再度|改めて|もう一度|再び)${CJK_GAP}(?:レビュー|評価)`, 'まだ(?:レビュー|評価)'],
      zh: [
        `(?:再次|再一次|又一次)${CJK_GAP}(?:邀请|请求|提醒|麻烦)${CJK_GAP}(?:评价|评论|留评|好评)`,
        '(?:还没有|尚未|还未)(?:给我们)?(?:评价|留评|评论)',
        `提醒您${CJK_GAP}(?:评价|留评|评论)`,
      ],
    },
    message: {
      en: 'Amazon allows one review request per order; reminders and second requests are not allowed (Customer Product Reviews policy; Request a Review).',
      zh_CN:
        '亚马逊规定每个订单只能邀请一次评论；不允许催评或再次邀请（亚马逊买家商品评论政策；"请求评论"功能）。',
    },
    examples: {
      flag: [
        'Just a friendly reminder to leave a review.',
        'We noticed you haven’t left a review yet.',
        'Wir möchten Sie erneut um eine Bewertung bitten.',
        'Petit rappel : votre avis compte.',
        'もう一度レビューをお願いいたします。',
        '再次邀请您留下评价',
      ],
      pass: [
        'A friendly reminder: the return window closes on 2026-12-01.',
        'We will remind the carrier.',
        '再次感谢您的耐心。',
      ],
    },
  },
  {
    id: 'review-request-twice',
    category: 'review-manipulation',
    severity: 'warn',
    onlyFor: ['review-request'],
    minMatches: 2,
    languages: {
      en: [
        '\\b(?:leave|write|share|post|give|submit|drop)\\w* (?:us |me )?(?:a|an|your) (?:\\w+ )?(?:review|feedback|rating)\\b',
        '\\b(?:appreciate|grateful for) (?:it if you (?:could|would) (?:leave|share|write)|your (?:honest )?(?:review|feedback|opinion))\\b',
        '\\b(?:please|kindly) (?:review|rate)\\b',
      ],
      de: [
        '\\b(?:bewertung|rezension|feedback)\\w* (?:zu )?(?:hinterlassen|abgeben|schreiben|abzugeben)\\b',
        '\\b(?:hinterlassen|schreiben|geben) sie (?:uns )?(?:bitte )?(?:eine|ihre) (?:\\w+ )?(?:bewertung|rezension)\\b',
        '\\b(?:bewerten sie|freuen (?:uns|wir uns) uber (?:eine|ihre) (?:\\w+ )?(?:bewertung|rezension|meinung))\\b',
      ],
      fr: [
        '\\b(?:laisser|laissez|donner|donnez|partager|partagez) (?:un|votre) (?:\\w+ )?(?:avis|commentaire|evaluation)\\b',
      ],
      es: [
        '\\b(?:dejar|deje|dejenos|escribir|escriba|compartir|comparta) (?:una|su) (?:\\w+ )?(?:resena|opinion|valoracion)\\b',
      ],
      it: [
        '\\b(?:lasciare|lasci|lasciarci|scrivere|scriva|condividere|condivida) (?:una|la sua) (?:\\w+ )?(?:recensione|opinione|valutazione)\\b',
      ],
      ja: ['(?:レビュー|評価|ご感想|ご意見)(?:を|の)(?:お願い|いただけ|頂け|お聞かせ|投稿|ご投稿)'],
      zh: ['(?:留下|留个|分享|写下|发表|给)(?:一下)?(?:您的)?(?:评价|评论|反馈|使用体验)'],
    },
    message: {
      en: 'This message asks for a review more than once. Amazon allows one neutral review request per order (Customer Product Reviews policy; Request a Review).',
      zh_CN:
        '这条消息不止一次邀请评价。亚马逊规定每个订单只能发出一次中立的评价邀请（亚马逊买家商品评论政策；"请求评论"功能）。',
    },
    examples: {
      flag: [
        'Could you leave a review of the lamp? Your feedback helps. Please leave a review when you have a minute.',
        'Bitte hinterlassen Sie eine Bewertung. Wir freuen uns über Ihre Bewertung!',
        'ご感想をお聞かせください。レビューをお願いいたします。',
      ],
      pass: [
        'We would appreciate your honest feedback.',
        'If you have a moment, please share your honest review of the lamp. Thank you for your order.',
        '如果方便，欢迎留下您的真实评价。',
      ],
    },
  },
];
