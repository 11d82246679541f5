import type { i18n as I18n } from 'i18next';
import { switchLanguage } from '../i18n/i18n';
import { emitUsage } from '../shell/usage';

/** A person chose a language (welcome screen or Language): counted, then its texts loaded and shown. */
export function chooseLanguage(i18n: I18n, code: string): Promise<void> {
  emitUsage({ type: 'language', lang: code });
  return switchLanguage(i18n, code);
}
