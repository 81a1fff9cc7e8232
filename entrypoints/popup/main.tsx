import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, firstScreenReady } from './App';
import './style.css';

// Every import has run by now: the bench splits first content into loading and our own work.
performance.mark('sellerlens:popup-start');
const root = document.getElementById('root');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  void firstScreenReady(60).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
