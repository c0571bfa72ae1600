// Numbers and dates in Russian format: `12,5 %`, `1 516` (non-breaking spaces).

export const NBSP = '\u00a0';
export const DASH = '—';

const nfCache = new Map<string, Intl.NumberFormat>();

function nf(locale: string, maxDigits: number, minDigits = 0): Intl.NumberFormat {
  const key = `${locale}|${maxDigits}|${minDigits}`;
  let f = nfCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits });
    nfCache.set(key, f);
  }
  return f;
}

export function localeOf(lang: string | undefined): string {
  return lang && lang.startsWith('en') ? 'en-GB' : 'ru-RU';
}

/** `1516` -> `1 516`, `12.5` -> `12,5`; null -> `—`. */
export function formatNumber(value: number | null | undefined, decimals?: number | null, lang = 'ru'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const max = decimals === null || decimals === undefined ? 2 : Math.max(0, Math.min(decimals, 6));
  return nf(localeOf(lang), max).format(value);
}

export function isPercentUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  const u = unit.trim().toLowerCase();
  return u === '%' || u === 'percent' || u === 'pct' || u === 'процент' || u.startsWith('percent');
}

export function isBooleanUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  const u = unit.trim().toLowerCase();
  return u === 'yes/no' || u === 'yes_no' || u === 'boolean' || u === 'bool' || u === 'да/нет';
}

const SUFFIX_RU: Record<string, string> = {
  percent: '%',
  '%': '%',
  rubles: '₽',
  rub: '₽',
  persons: 'чел.',
  people: 'чел.',
  score: 'балл.',
  points: 'балл.',
};

const SUFFIX_EN: Record<string, string> = {
  percent: '%',
  '%': '%',
  rubles: '₽',
  rub: '₽',
  persons: 'pers.',
  people: 'pers.',
  score: 'pts',
  points: 'pts',
};

/** Short unit sign placed after a number, or '' when none fits. */
export function unitSuffix(unit: string | null | undefined, lang = 'ru'): string {
  if (!unit) return '';
  const key = unit.trim().toLowerCase();
  if (isPercentUnit(key)) return '%';
  return (lang.startsWith('en') ? SUFFIX_EN : SUFFIX_RU)[key] ?? '';
}

/** A value with its unit: `12,5 %`, `1 516`, `Да` for yes/no units. */
export function formatValue(value: number | null | undefined, unit?: string | null, decimals?: number | null, lang = 'ru'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  if (isBooleanUnit(unit)) {
    const en = lang.startsWith('en');
    return value ? (en ? 'Yes' : 'Да') : en ? 'No' : 'Нет';
  }
  const n = formatNumber(value, decimals, lang);
  const s = unitSuffix(unit, lang);
  return s ? `${n}${NBSP}${s}` : n;
}

/** Signed deviation: `+2,5`, `−1`; one that rounds to nothing is `0`, never `−0`. */
export function formatSigned(value: number | null | undefined, decimals?: number | null, lang = 'ru'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const abs = formatNumber(Math.abs(value), decimals, lang);
  if (abs === formatNumber(0, decimals, lang)) return abs;
  if (value > 0) return `+${abs}`;
  if (value < 0) return `−${abs}`;
  return abs;
}

/**
 * Decimals of an average (and of a difference from it): one more place than whole figures, so
 * that the average of counts 0, 1 and 0 reads 0,3 чел., not 0 чел. beside a school's 0.
 */
export function averageDecimals(decimals: number | null | undefined): number {
  return Math.max(decimals ?? 2, 1);
}

export function formatDate(iso: string | null | undefined, lang = 'ru'): string {
  if (!iso) return DASH;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

export function formatDateTime(iso: string | null | undefined, lang = 'ru'): string {
  if (!iso) return DASH;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}
