import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import ru from '../../i18n/ru.json';
import { consoleUrl, roleLabel } from './model';

const t = ((key: string, o: Record<string, string> = {}) => {
  const parts = key.split('.');
  let v: unknown = ru;
  for (const p of parts) v = (v as Record<string, unknown>)[p];
  return String(v ?? o.defaultValue).replace(/{{(\w+)}}/g, (_, k: string) => o[k] ?? '');
}) as unknown as TFunction;

describe('people and roles', () => {
  const names = (c: string) => ({ kaluga: 'Калуга' })[c] ?? c;
  it('names roles in Russian with the municipality', () => {
    expect(roleLabel(t, { name: 'municipality:kaluga:editor', kind: 'editor', municipality: 'kaluga' }, names)).toBe('Редактор: Калуга');
    expect(
      roleLabel(
        t,
        { name: 'organization:kaluga:school-45:viewer', kind: 'school_viewer', municipality: 'kaluga', organization: 'school-45' },
        names,
      ),
    ).toBe('Просмотр школы school-45 (Калуга)');
    expect(roleLabel(t, { name: 'admin', kind: 'admin' }, names)).toBe('Администратор');
  });
  it('links to the realm users in the Keycloak console', () => {
    expect(consoleUrl('http://localhost:8180/', 'orientir')).toBe('http://localhost:8180/admin/master/console/#/orientir/users');
    expect(consoleUrl('http://kc', 'orientir', 'u-1')).toBe('http://kc/admin/master/console/#/orientir/users/u-1/settings');
  });
});
