import type { TFunction } from 'i18next';
import type { AuditEntryWithName } from '../api/pending';
import { formatNumber } from './format';

const SERVICE_ACCOUNT = /^service-account-(.+)$/;

/**
 * Who made a change, as people read it: the name stored with the event («Редактор Калуга», «Интеграция
 * министерства»); for older events without one, a service account is named as such, a person by the login.
 */
export function actorLabel(t: TFunction, e: Pick<AuditEntryWithName, 'actor' | 'actorName'>): string {
  if (e.actorName) return e.actorName;
  const sa = SERVICE_ACCOUNT.exec(e.actor ?? '');
  if (sa) return t(`audit.serviceAccounts.${sa[1]}`, { defaultValue: t('audit.serviceAccount', { client: sa[1] }) });
  return e.actor ?? '—';
}

type Snapshot = Record<string, unknown> | null | undefined;

function num(v: unknown, decimals: number | null | undefined, lang: string): string | undefined {
  if (typeof v === 'number') return formatNumber(v, decimals, lang);
  if (typeof v === 'string' && v !== '' && !Number.isNaN(Number(v))) return formatNumber(Number(v), decimals, lang);
  return undefined;
}

/** A value's or a target's figure: «≥ 70», «50–60», «12,5». */
function figure(s: Snapshot, decimals: number | null | undefined, lang: string): string {
  if (!s) return '—';
  const value = num(s.value, decimals, lang) ?? (s.value === undefined || s.value === null ? '—' : String(s.value as string));
  const cmp = typeof s.comparator === 'string' ? s.comparator : undefined;
  if (cmp === 'between') return `${value}–${num(s.valueTo, decimals, lang) ?? '—'}`;
  if (cmp === 'ge') return `≥ ${value}`;
  if (cmp === 'le') return `≤ ${value}`;
  return value;
}

/** What changed, in one line: figures for values and targets, states for periods, changed fields otherwise. */
export function changeText(t: TFunction, e: AuditEntryWithName, decimals: number | null | undefined, lang: string): string {
  const { oldValue: o, newValue: n } = e;
  if (n?.rows !== undefined) return t('audit.bulkCreated', { count: Number(n.rows) });
  switch (e.entityType) {
    case 'value':
    case 'target':
      return `${figure(o, decimals, lang)} → ${figure(n, decimals, lang)}`;
    case 'period': {
      const state = (s: Snapshot) => (typeof s?.state === 'string' ? t(`period.state.${s.state}`, { defaultValue: s.state }) : '—');
      return `${state(o)} → ${state(n)}`;
    }
    default: {
      if (!o || !n) return '';
      const keys = [...new Set([...Object.keys(o), ...Object.keys(n)])].filter(
        (k) => k !== 'version' && JSON.stringify(o[k]) !== JSON.stringify(n[k]),
      );
      return keys.map((k) => `${k}: ${short(o[k])} → ${short(n[k])}`).join('; ');
    }
  }
}

function short(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The year an event concerns (values, targets, periods), or a span for an import's bulk event. */
export function eventYear(e: AuditEntryWithName): string {
  const n = e.newValue;
  if (n && n.rows !== undefined) return n.yearFrom === n.yearTo ? String(n.yearFrom) : `${String(n.yearFrom)}–${String(n.yearTo)}`;
  const y = n?.year ?? e.oldValue?.year;
  if (y !== undefined && y !== null) return String(y as number);
  if (e.entityType === 'period') return e.entityKey?.split('/').pop() ?? '—';
  return '—';
}
