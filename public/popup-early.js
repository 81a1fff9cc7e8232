// A classic script, run as soon as the popup's HTML is parsed and before its bundle (tens of
// milliseconds of parsing): it asks for the first screen the background keeps in session
// storage, so that the answer is in when the bundle starts (entrypoints/popup/App.tsx).
globalThis.sellerLensFirstScreen = chrome.storage.session
  .get('sellerlens-first-screen')
  .then((stored) => stored['sellerlens-first-screen'])
  .catch(() => undefined);
