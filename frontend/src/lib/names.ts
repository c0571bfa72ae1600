import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../api/types';
import { listAll } from './api';

/** The name of an indicator in the interface's language: English where the catalogue has one (#16). */
export function localName(i: Pick<Indicator, 'nameRu' | 'nameEn' | 'code'> | undefined, lang: string): string {
  if (!i) return '';
  return (lang.startsWith('en') && i.nameEn) || i.nameRu || i.code || '';
}

/**
 * Names of indicators by code in the interface's language, for rows that carry only the Russian name (the
 * attainment rows' indicatorName): in English the catalogue's English names are read once (one request) and
 * used where they exist; in Russian nothing is fetched.
 */
export function useIndicatorNames(): (code: string | undefined, fallback: string | undefined) => string {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const names = useQuery({
    queryKey: ['indicator-names-en'],
    queryFn: async ({ signal }) => {
      const all = await listAll<Indicator>('/indicators', {}, signal);
      return new Map(all.items.filter((i) => i.code && i.nameEn).map((i) => [i.code!, i.nameEn!]));
    },
    enabled: en,
    staleTime: 10 * 60_000,
  });
  return (code, fallback) => (en && code && names.data?.get(code)) || fallback || code || '';
}
