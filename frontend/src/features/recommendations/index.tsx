import { Breadcrumb, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Recommendation, RecommendationStatus } from '../../api/pending';
import { useGroups, useMunicipalityName } from '../../lib/queries';
import { useRules } from '../../lib/risk';
import { ErrorState } from '../../lib/ui/states';
import { useRecommendations } from './api';
import { RecommendationDrawer } from './components/RecommendationDrawer';
import { RecommendationsTable } from './components/RecommendationsTable';
import { filtersFrom, listQuery, type Filters } from './model';

const SIZE = 50;
const STATUSES: RecommendationStatus[] = ['open', 'answered', 'closed'];

/** The department's recommendations to its schools, with filters; a row opens its drawer (verdict, effect). */
export default function RecommendationsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const name = useMunicipalityName(code);
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<Recommendation | undefined>();
  const q = useRecommendations(listQuery(code, filters, page, SIZE), !!code);
  const rules = useRules(code);
  const groups = useGroups(code);
  const m = `/municipalities/${encodeURIComponent(code)}`;

  const setFilter = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    const sp = new URLSearchParams();
    Object.entries(next).forEach(([k, v]) => v !== undefined && v !== false && v !== '' && sp.set(k, String(v)));
    setParams(sp, { replace: true });
    setPage(0);
  };
  const current = open && (q.data?.items.find((r) => r.id === open.id) ?? open);

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={m}>{name}</Link> }, { title: t('menu.recommendations') }]} />
      <Typography.Title level={3} data-testid="page-title">
        {t('recommendations.title', { name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('recommendations.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<RecommendationStatus>
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('recommendations.status')}
          value={filters.status}
          onChange={(v) => setFilter({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: t(`recommendations.statuses.${s}`) }))}
          data-testid="filter-status"
        />
        <Select<string>
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('recommendations.rule')}
          value={filters.rule}
          onChange={(v) => setFilter({ rule: v })}
          options={(rules.data?.items ?? []).map((r) => ({ value: r.code ?? '', label: r.name ?? r.code }))}
          data-testid="filter-rule"
        />
        <Select<string>
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('recommendations.group')}
          value={filters.group}
          onChange={(v) => setFilter({ group: v })}
          options={(groups.data?.items ?? []).map((g) => ({ value: g.code ?? '', label: g.name ?? g.code }))}
          data-testid="filter-group"
        />
        <Space>
          <Switch checked={!!filters.overdue} onChange={(v) => setFilter({ overdue: v || undefined })} data-testid="filter-overdue" />
          {t('recommendations.onlyOverdue')}
        </Space>
      </Space>
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <RecommendationsTable data={q.data} loading={q.isLoading} page={page} size={SIZE} onPage={setPage} onOpen={setOpen} showSchool />
      )}
      <RecommendationDrawer rec={current} onClose={() => setOpen(undefined)} />
    </div>
  );
}
