/** The sign-in form can replace any page when the session ends (SELLER-CENTRAL.md). */
const SIGN_IN = ['form[name="signIn"]', '#ap_email'];

export function readSignedOut(doc: Document): boolean {
  return SIGN_IN.some((selector) => doc.querySelector(selector) !== null);
}
