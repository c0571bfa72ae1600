import { Breadcrumb, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Recommendation, RecommendationStatus } from '../../api/pending';
import { useOrganizations } from '../../lib/queries';
import { ErrorState } from '../../lib/ui/states';
import { useRecommendations } from './api';
import { RecommendationDrawer } from './components/RecommendationDrawer';
import { RecommendationsTable } from './components/RecommendationsTable';
import { listQuery } from './model';

const SIZE = 50;

/** The school's inbox: the department's recommendations to it; a row opens it for the answer. */
export default function InboxPage() {
  const { code = '', org = '' } = useParams();
  const { t } = useTranslation();
  const orgs = useOrganizations(code);
  const schoolName = orgs.data?.items.find((o) => o.code === org)?.name ?? org;
  const [status, setStatus] = useState<RecommendationStatus | 'all'>('open');
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<Recommendation | undefined>();
  const q = useRecommendations(
    listQuery(code, { organization: org, status: status === 'all' ? undefined : status }, page, SIZE),
    !!code && !!org,
  );
  const school = `/municipalities/${encodeURIComponent(code)}/schools/${encodeURIComponent(org)}`;
  const current = open && (q.data?.items.find((r) => r.id === open.id) ?? open);

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={school}>{schoolName}</Link> }, { title: t('menu.schoolRecommendations') }]}
      />
      <Typography.Title level={3} data-testid="page-title">
        {t('recommendations.inboxTitle', { name: schoolName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('recommendations.inboxIntro')}</Typography.Paragraph>
      <Segmented
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => {
          setStatus(v as RecommendationStatus | 'all');
          setPage(0);
        }}
        options={[
          { value: 'open', label: t('recommendations.statuses.open') },
          { value: 'answered', label: t('recommendations.statuses.answered') },
          { value: 'closed', label: t('recommendations.statuses.closed') },
          { value: 'all', label: t('recommendations.all') },
        ]}
        data-testid="inbox-status"
      />
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <RecommendationsTable
          data={q.data}
          loading={q.isLoading}
          page={page}
          size={SIZE}
          onPage={setPage}
          onOpen={setOpen}
          showSchool={false}
        />
      )}
      <RecommendationDrawer rec={current} onClose={() => setOpen(undefined)} />
    </div>
  );
}
