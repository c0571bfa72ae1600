import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ru from './ru.json';
import en from './en.json';

export const LANGS = ['ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem('orientir.lang');
    if (saved === 'en' || saved === 'ru') return saved;
  } catch {
    /* storage unavailable */
  }
  return 'ru';
}

void i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru }, en: { translation: en } },
  lng: initialLang(),
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem('orientir.lang', lang);
  } catch {
    /* ignore */
  }
}

export default i18n;
