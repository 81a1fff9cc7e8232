/**
 * The shapes the readers find values by, shared so that every page kind reads them alike:
 * order ids (SELLER-CENTRAL.md "Formats seen"), store names, the words a shown time has, and
 * a subject that names its order.
 */

/** A whole order id: "405-7552201-85…" is cut short by the page and names no order. */
export const ORDER_ID = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/;

/** A store as the pages name it ("Amazon.de", "www.amazon.co.jp"). */
export const SALES_CHANNEL =
  /\b(?:www\.)?amazon\.(?:com\.(?:mx|br|be|tr|au)|co\.(?:uk|jp)|com|ca|de|fr|it|es|nl|se|pl|ae|sa|eg|in|sg)\b/i;

/** What every shown time has: a digit, or a day's name ("Yesterday", "Gestern", "昨日"). */
export const TIME_HINT =
  /\d|yesterday|today|gestern|heute|hier|aujourd|ieri|oggi|ayer|hoy|昨日|今日|昨天|今天/i;

/** "(Order: 405-…", "(Bestellung: …", "（注文番号: …": a subject naming its order, even cut short. */
export const ORDER_MENTION = /[(（](?:order|bestellung|commande|ordine|pedido|注文|订单)/i;
