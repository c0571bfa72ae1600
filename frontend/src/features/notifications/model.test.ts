import { describe, expect, it } from 'vitest';
import { badgeText, changedPreferences, internalLink, pollInterval, POLL_MS } from './model';

describe('the bell', () => {
  it('polls every minute while the tab is visible and stops while it is hidden', () => {
    expect(POLL_MS).toBe(60_000);
    expect(pollInterval('visible')).toBe(60_000);
    expect(pollInterval('hidden')).toBe(false);
  });
  it('shows nothing at zero, the count up to 99, then 99+', () => {
    expect(badgeText(0)).toBeUndefined();
    expect(badgeText(undefined)).toBeUndefined();
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('notices', () => {
  it('follow only the application’s own paths', () => {
    expect(internalLink({ link: '/municipalities/kaluga/entry/2024' })).toBe('/municipalities/kaluga/entry/2024');
    expect(internalLink({ link: 'https://evil.example/' })).toBeUndefined();
    expect(internalLink({ link: '//evil.example/' })).toBeUndefined();
    expect(internalLink({})).toBeUndefined();
  });
  it('send only the preferences that changed', () => {
    const before = [
      { kind: 'period_returned' as const, label: 'x', inApp: true, email: true },
      { kind: 'activity_overdue' as const, label: 'y', inApp: true, email: true },
    ];
    const now = [before[0], { ...before[1], email: false }];
    expect(changedPreferences(before, now)).toEqual([{ kind: 'activity_overdue', inApp: true, email: false }]);
    expect(changedPreferences(before, before)).toEqual([]);
  });
});
