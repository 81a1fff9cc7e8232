/**
 * Every UI string goes through the extension's i18n (public/_locales); the keys are typed
 * from the English catalogue so that a missing key is a compile error.
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language, for dates and numbers ("zh-CN", "en-US"). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en-US';
}
