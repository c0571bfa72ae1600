import type { AppNotification, NotificationPreference } from '../../api/pending';

/** The bell asks every minute while the tab is visible, never while it is hidden. */
export const POLL_MS = 60_000;

export function pollInterval(visibility: DocumentVisibilityState | undefined): number | false {
  return visibility === 'hidden' ? false : POLL_MS;
}

/** The badge's text: nothing at 0, the number up to 99, then «99+». */
export function badgeText(unread: number | undefined): string | undefined {
  if (!unread || unread <= 0) return undefined;
  return unread > 99 ? '99+' : String(unread);
}

/** A notice's link inside the application, or undefined (only the SPA's own paths are followed). */
export function internalLink(n: Pick<AppNotification, 'link'>): string | undefined {
  const link = n.link;
  return link && link.startsWith('/') && !link.startsWith('//') ? link : undefined;
}

/** The preferences that differ from what was loaded, to send with PUT. */
export function changedPreferences(before: NotificationPreference[], now: NotificationPreference[]): NotificationPreference[] {
  const was = new Map(before.map((p) => [p.kind, p]));
  return now
    .filter((p) => {
      const b = was.get(p.kind);
      return !b || b.inApp !== p.inApp || b.email !== p.email;
    })
    .map(({ kind, inApp, email }) => ({ kind, inApp, email }));
}
