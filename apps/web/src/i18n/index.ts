import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN, type Messages } from './zh-CN';

/**
 * Languages the app ships. To add English: create `en.ts` exporting `en: Messages`, add it here, and map it to
 * antd's `en_US` locale and dayjs's `en` in `app/AppProviders.tsx`.
 */
export const resources = {
  'zh-CN': { translation: zhCN },
} satisfies Record<string, { translation: Messages }>;

export type AppLanguage = keyof typeof resources;
export const DEFAULT_LANGUAGE: AppLanguage = 'zh-CN';

dayjs.locale('zh-cn');

void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export { i18n };
