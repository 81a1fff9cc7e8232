import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentMessage, currentUiLanguage, setUiLanguage } from './i18n';

beforeEach(() => {
  fakeBrowser.reset();
  setUiLanguage('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
    currentMessage(key, typeof subs === 'string' ? [subs] : (subs ?? [])),
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(currentUiLanguage);
});

afterEach(() => cleanup());
