import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { AuditEntryWithName } from '../../api/pending';
import { list } from '../../lib/api';
import { actorLabel, changeText, eventYear } from '../../lib/audit';
import { formatDateTime } from '../../lib/format';
import { useMunicipalityName } from '../../lib/queries';
import { ProblemAlert } from '../../lib/ui/states';

const PAGE = 50;

/** The kinds of change a reader filters by, each the audit's entity types. */
export const KINDS: Record<string, string> = {
  figures: 'value,target',
  value: 'value',
  target: 'target',
  period: 'period',
  plans: 'plan,plan_node,activity,evidence',
  recommendation: 'recommendation',
  schools: 'organization,group',
  analysis: 'rule,scorecard',
};

/** «История изменений» of a municipality: every audited change (values, targets, periods, plans, ...), newest first. */
export default function HistoryPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const name = useMunicipalityName(code);
  const [kind, setKind] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const events = useQuery({
    queryKey: ['audit', { municipality: code, kind, page }],
    queryFn: ({ signal }) =>
      list<AuditEntryWithName>('/audit', { municipality: code, entityType: kind ? KINDS[kind] : undefined, page, size: PAGE }, signal),
    placeholderData: keepPreviousData,
  });
  const m = `/municipalities/${encodeURIComponent(code)}`;

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('history.title', { name })}
      </Typography.Title>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }} className="no-print">
          <Select
            allowClear
            style={{ width: 260 }}
            placeholder={t('history.allKinds')}
            aria-label={t('history.kind')}
            value={kind}
            onChange={(v?: string) => {
              setKind(v);
              setPage(0);
            }}
            options={Object.keys(KINDS).map((k) => ({ value: k, label: t(`history.kinds.${k}`) }))}
            data-testid="history-kind"
          />
        </Space>
        {events.error ? (
          <ProblemAlert error={events.error} onRetry={() => events.refetch()} />
        ) : (
          <Table<AuditEntryWithName>
            size="small"
            rowKey={(r) => String(r.id)}
            loading={events.isFetching}
            dataSource={events.data?.items ?? []}
            scroll={{ x: 900 }}
            data-testid="history-table"
            pagination={{
              current: page + 1,
              pageSize: PAGE,
              total: events.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: false,
              onChange: (p) => setPage(p - 1),
            }}
            columns={[
              { title: t('audit.when'), key: 'at', width: 150, render: (_, r) => formatDateTime(r.occurredAt, i18n.language) },
              {
                title: t('audit.who'),
                key: 'who',
                width: 180,
                render: (_, r) => (
                  <Tooltip title={r.actor}>
                    <span data-testid="history-who">{actorLabel(t, r)}</span>
                  </Tooltip>
                ),
              },
              {
                title: t('history.what'),
                key: 'what',
                render: (_, r) => (
                  <Space direction="vertical" size={0}>
                    <Tag>{t(`history.entity.${r.entityType}`, { defaultValue: r.entityType })}</Tag>
                    {r.indicator ? (
                      <Link to={`${m}/indicators/${encodeURIComponent(r.indicator)}`}>{r.indicator}</Link>
                    ) : (
                      <Typography.Text type="secondary">{r.entityKey}</Typography.Text>
                    )}
                  </Space>
                ),
              },
              { title: t('audit.year'), key: 'year', width: 80, render: (_, r) => eventYear(r) },
              {
                title: t('audit.action'),
                key: 'action',
                width: 120,
                render: (_, r) => t(`audit.actions.${r.action}`, { defaultValue: r.action }),
              },
              {
                title: t('audit.change'),
                key: 'change',
                render: (_, r) => <span className="num">{changeText(t, r, undefined, i18n.language)}</span>,
              },
              {
                title: t('audit.channel'),
                key: 'channel',
                width: 100,
                render: (_, r) => <Tag>{t(`audit.channels.${r.channel}`, { defaultValue: r.channel })}</Tag>,
              },
              {
                title: t('audit.comment'),
                key: 'comment',
                render: (_, r) => r.comment ?? (r.newValue?.comment as string | undefined) ?? '',
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
