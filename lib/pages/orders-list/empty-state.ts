/**
 * An orders list with no orders is a reading too ("0 orders", "No orders found"), but only
 * when the page shows the list's own frame: its column headings in the UI language, and no
 * error. An error page or another page behind the same URL shows no such frame.
 */

import { deepTextNodes } from '../content/deep';
import { cleanSpace } from '../dom';

/** Column headings of Manage Orders (evidence: the page's column model and the IN screenshot). */
const HEADINGS = [
  ['order date', 'order details', 'product name', 'order status', 'customer option', 'image'],
  ['bestelldatum', 'bestelldetails', 'produktname', 'bestellstatus'],
  ['date de commande', 'détails de la commande', 'nom du produit', 'statut de la commande'],
  ["data dell'ordine", "dettagli dell'ordine", 'nome prodotto', "stato dell'ordine"],
  ['fecha del pedido', 'detalles del pedido', 'nombre del producto', 'estado del pedido'],
  ['注文日', '注文詳細', '商品名', '注文ステータス'],
  ['订单日期', '订单详情', '商品名称', '订单状态'],
].flat();
const ERROR =
  /something went wrong|try again|etwas ist schiefgelaufen|une erreur|si è verificato un errore|se ha producido un error|エラーが発生|出错/i;

export function isEmptyOrdersPage(root: Element): boolean {
  const texts = deepTextNodes(root).map((n) => cleanSpace(n.data).toLowerCase());
  const headings = new Set(texts.filter((t) => HEADINGS.includes(t)));
  const all = texts.join(' ');
  // The list's frame without rows: an empty result, or an app that has not drawn its rows yet
  // (the session reads again when it does).
  return headings.size >= 2 && !ERROR.test(all);
}
