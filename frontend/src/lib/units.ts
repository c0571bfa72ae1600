import type { IndicatorUnit } from '../api/types';

// Every unit of the contract; a Record so that tsc fails when openapi.yaml adds or drops one.
const UNIT_SET: Record<IndicatorUnit, true> = {
  percent: true,
  persons: true,
  count: true,
  score: true,
  rubles: true,
  thousand_rubles: true,
  million_rubles: true,
  ratio: true,
  yes_no: true,
  places: true,
  rank: true,
  years: true,
  other: true,
};

export const UNITS = Object.keys(UNIT_SET) as IndicatorUnit[];

/** The i18n key of a unit's name (`unitName.percent`); unknown units show as they are. */
export function unitLabel(t: (key: string, opts?: { defaultValue: string }) => string, unit: string | null | undefined): string {
  if (!unit) return '—';
  return t(`unitName.${unit}`, { defaultValue: unit });
}
