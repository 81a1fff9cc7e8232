import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './style.css';

const root = document.getElementById('root');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = browser.i18n.getMessage('optionsTitle');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
