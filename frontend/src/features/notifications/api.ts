import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList, NotificationPreference, NotificationPreferences, NotificationsRead } from '../../api/pending';
import { request } from '../../lib/api';
import { pollInterval } from './model';

export const notificationKeys = {
  all: ['notifications'] as const,
  bell: ['notifications', 'bell'] as const,
  list: (page: number, size: number, unread: boolean) => ['notifications', 'list', page, size, unread] as const,
  preferences: ['notifications', 'preferences'] as const,
};

export const BELL_SIZE = 5;

function fetchList(page: number, size: number, unread: boolean, signal?: AbortSignal) {
  return request<NotificationList>('/notifications', { query: { page, size, ...(unread ? { unread: true } : {}) }, signal });
}

/** The bell: one request for the unread count and the newest few, polled while the tab is visible. */
export function useBell() {
  return useQuery({
    queryKey: notificationKeys.bell,
    queryFn: ({ signal }) => fetchList(0, BELL_SIZE, false, signal),
    refetchInterval: () => pollInterval(typeof document === 'undefined' ? undefined : document.visibilityState),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(page: number, size: number, unread: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(page, size, unread),
    queryFn: ({ signal }) => fetchList(page, size, unread, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => request(`/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => request<NotificationsRead>('/notifications/read-all', { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => request<NotificationPreferences>('/notifications/preferences', { signal }),
  });
}

export function useSavePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: NotificationPreference[]) =>
      request<NotificationPreferences>('/notifications/preferences', { method: 'PUT', body: { items } }),
    onSuccess: (data) => qc.setQueryData(notificationKeys.preferences, data),
  });
}
