import type { TFunction } from 'i18next';
import type { UserRole } from '../../api/pending';

/** A role as people read it: «Редактор: Калуга», «Школа school-45 (Калуга): просмотр», «Администратор». */
export function roleLabel(t: TFunction, r: UserRole, municipalityName: (code: string) => string): string {
  const m = r.municipality ? municipalityName(r.municipality) : '';
  switch (r.kind) {
    case 'editor':
    case 'viewer':
      return t(`admin.roles.${r.kind}`, { municipality: m });
    case 'school_editor':
    case 'school_viewer':
      return t(`admin.roles.${r.kind}`, { municipality: m, organization: r.organization ?? '' });
    default:
      return t(`admin.roles.${r.kind}`, { defaultValue: r.name });
  }
}

/** The Keycloak admin console's page of the realm's users (or of one user). */
export function consoleUrl(keycloakUrl: string, realm: string, userId?: string): string {
  const base = `${keycloakUrl.replace(/\/+$/, '')}/admin/master/console/#/${encodeURIComponent(realm)}/users`;
  return userId ? `${base}/${encodeURIComponent(userId)}/settings` : base;
}
