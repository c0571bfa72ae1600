import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import ru from '../i18n/ru.json';
import type { AuditEntryWithName } from '../api/pending';
import { actorLabel, changeText, eventYear } from './audit';

const t = ((key: string, o: Record<string, unknown> = {}) => {
  let v: unknown = ru;
  for (const p of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  const s = typeof v === 'string' ? v : String(o.defaultValue ?? key);
  return s.replace(/{{(\w+)}}/g, (_, k: string) => String(o[k] ?? ''));
}) as unknown as TFunction;

const ev = (p: Partial<AuditEntryWithName>): AuditEntryWithName =>
  ({
    id: 1,
    occurredAt: '2026-12-01T10:00:00Z',
    actor: 'x',
    channel: 'ui',
    action: 'update',
    entityType: 'value',
    ...p,
  }) as AuditEntryWithName;

describe('history as people read it', () => {
  it('names people by the stored name and service accounts as such', () => {
    expect(actorLabel(t, { actor: 'kaluga-editor', actorName: 'Редактор Калуга' })).toBe('Редактор Калуга');
    expect(actorLabel(t, { actor: 'service-account-ministry-integration' })).toBe('Интеграция министерства');
    expect(actorLabel(t, { actor: 'service-account-exam-centre' })).toBe('Сервисная учётная запись exam-centre');
    expect(actorLabel(t, { actor: 'kaluga-editor' })).toBe('kaluga-editor');
  });
  it('shows a target with its comparator and a period by its states', () => {
    expect(
      changeText(
        t,
        ev({ entityType: 'target', oldValue: { value: 60, comparator: 'ge' }, newValue: { value: 70.25, comparator: 'ge' } }),
        1,
        'ru',
      ),
    ).toBe('≥ 60 → ≥ 70,3');
    expect(
      changeText(t, ev({ entityType: 'target', oldValue: undefined, newValue: { value: 5, valueTo: 7, comparator: 'between' } }), 0, 'ru'),
    ).toBe('— → 5–7');
    expect(
      changeText(t, ev({ entityType: 'period', oldValue: { state: 'open' }, newValue: { state: 'submitted', missingCount: 2 } }), 0, 'ru'),
    ).toBe('Открыт → На утверждении');
    expect(eventYear(ev({ entityType: 'period', entityKey: 'kaluga/2024' }))).toBe('2024');
  });
  it('lists the changed fields of other records', () => {
    expect(
      changeText(
        t,
        ev({
          entityType: 'activity',
          oldValue: { status: 'planned', title: 'A', version: 1 },
          newValue: { status: 'done', title: 'A', version: 2 },
        }),
        0,
        'ru',
      ),
    ).toBe('status: planned → done');
  });
});
