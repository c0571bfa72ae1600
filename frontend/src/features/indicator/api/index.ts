import { useQuery } from '@tanstack/react-query';
import type { AuditEntry, Target, Value } from '../../../api/types';
import { list } from '../../../lib/api';
import { qk } from '../../../lib/queries';

export function useBaselines(municipality: string, indicator: string) {
  return useQuery({
    queryKey: qk.targets({ municipality, indicator, kind: 'baseline' }),
    queryFn: ({ signal }) => list<Target>('/targets', { municipality, indicator, kind: 'baseline' }, signal),
  });
}

export function useIndicatorValues(municipality: string, indicator: string, enabled: boolean) {
  return useQuery({
    queryKey: qk.values({ municipality, indicator }),
    queryFn: ({ signal }) => list<Value>('/values', { municipality, indicator }, signal),
    enabled,
  });
}

export function useValueAudit(municipality: string, indicator: string) {
  return useQuery({
    // the indicator's history: its values and its targets (and baselines), newest first
    queryKey: qk.audit({ entityType: 'value,target', municipality, indicator }),
    queryFn: ({ signal }) => list<AuditEntry>('/audit', { entityType: 'value,target', municipality, indicator, size: 200 }, signal),
  });
}
