import { Breadcrumb, Card, DatePicker, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { DueItem, DueMunicipalityCounts, DueStatus } from '../../api/pending';
import { useMe } from '../../lib/me';
import { canCompare } from '../../lib/permissions';
import { useMunicipalityName } from '../../lib/queries';
import { ErrorState, Loading } from '../../lib/ui/states';
import { useDueBoard } from './api';

const STATUSES: DueStatus[] = ['late', 'due_soon', 'done'];
const PAGE_SIZE = 50;

function statusKey(s: DueStatus): 'late' | 'dueSoon' | 'done' {
  return s === 'due_soon' ? 'dueSoon' : s;
}

/**
 * «Сроки»: the due board of a municipality (or, at /due, of every municipality the caller reads, with
 * the counts per municipality): late first with the days overdue, then what is due soon, then what is in;
 * filtered by status and date, one request per view.
 */
export default function DuePage() {
  const { code } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const name = useMunicipalityName(code);
  const [sp, setSp] = useSearchParams();
  const status = (STATUSES as string[]).includes(sp.get('status') ?? '') ? (sp.get('status') as DueStatus) : undefined;
  const date = sp.get('date') ?? undefined;
  const page = Math.max(0, Number(sp.get('page') ?? '0') || 0);
  const board = useDueBoard({ municipality: code, date, status, page, size: PAGE_SIZE });

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(sp);
    Object.entries(patch).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    if (!('page' in patch)) next.delete('page');
    setSp(next, { replace: true });
  };

  const when = (i: DueItem) => {
    if (i.status === 'late') return <Tag color="red">{t('due.daysOverdue', { count: i.daysOverdue ?? 0 })}</Tag>;
    if (i.status === 'due_soon')
      return <Tag color={i.dueThisWeek ? 'orange' : 'gold'}>{i.daysLeft ? t('due.daysLeft', { count: i.daysLeft }) : t('due.today')}</Tag>;
    return <Tag color="green">{t('due.done')}</Tag>;
  };

  const columns = [
    {
      key: 'status',
      title: t('due.status'),
      render: (_: unknown, i: DueItem) => <span data-testid={`due-${i.status}`}>{when(i)}</span>,
    },
    ...(code
      ? []
      : [
          {
            key: 'municipality',
            title: t('due.municipality'),
            render: (_: unknown, i: DueItem) => (
              <Link to={`/municipalities/${encodeURIComponent(i.municipality)}/due`}>{i.municipalityName}</Link>
            ),
          },
        ]),
    {
      key: 'indicator',
      title: t('due.indicator'),
      render: (_: unknown, i: DueItem) => (
        <Link to={`/municipalities/${encodeURIComponent(i.municipality)}/indicators/${encodeURIComponent(i.indicator)}`}>
          {i.indicatorName}
        </Link>
      ),
    },
    { key: 'period', title: t('due.period'), dataIndex: 'periodLabel' },
    {
      key: 'deadline',
      title: t('due.deadline'),
      render: (_: unknown, i: DueItem) => <span title={i.deadlineRule ?? undefined}>{dayjs(i.deadline).format('DD.MM.YYYY')}</span>,
    },
    {
      key: 'responsible',
      title: t('due.responsible'),
      render: (_: unknown, i: DueItem) =>
        i.responsible === 'organization' ? t('due.responsibleOrganization') : t('due.responsibleMunicipality'),
    },
    {
      key: 'completeness',
      title: t('due.completeness'),
      render: (_: unknown, i: DueItem) => t('due.completenessValue', { reported: i.reported, expected: i.expected }),
    },
  ];

  const perMunicipality = [
    {
      key: 'municipality',
      title: t('due.municipality'),
      render: (_: unknown, m: DueMunicipalityCounts) => (
        <Link to={`/municipalities/${encodeURIComponent(m.municipality)}/due`}>{m.name}</Link>
      ),
    },
    { key: 'late', title: t('due.late'), dataIndex: 'late' },
    { key: 'dueSoon', title: t('due.dueSoon'), dataIndex: 'dueSoon' },
    { key: 'done', title: t('due.done'), dataIndex: 'done' },
    { key: 'max', title: t('due.maxDaysOverdue'), dataIndex: 'maxDaysOverdue' },
  ];

  const data = board.data;
  return (
    <div>
      {code && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[{ title: <Link to={`/municipalities/${encodeURIComponent(code)}`}>{name}</Link> }, { title: t('menu.due') }]}
        />
      )}
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {code ? t('due.title', { name }) : t('due.regionTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('due.intro')} {code && canCompare(me) && <Link to="/due">{t('due.allMunicipalities')}</Link>}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }} data-testid="due-filters">
        <Segmented
          value={status ?? 'all'}
          onChange={(v) => set({ status: v === 'all' ? undefined : String(v) })}
          options={[{ value: 'all', label: t('due.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`due.${statusKey(s)}`) }))]}
          data-testid="due-status"
        />
        <DatePicker
          aria-label={t('due.date')}
          placeholder={t('due.date')}
          format="DD.MM.YYYY"
          value={date ? dayjs(date) : null}
          onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : undefined })}
          data-testid="due-date"
        />
      </Space>
      {board.isLoading && <Loading />}
      {board.error && <ErrorState error={board.error} onRetry={() => board.refetch()} />}
      {data && (
        <>
          <Space wrap size="large" style={{ marginBottom: 12 }} data-testid="due-counts">
            <Card size="small">
              <Statistic title={t('due.late')} value={data.counts.late} />
            </Card>
            <Card size="small">
              <Statistic title={t('due.dueThisWeek')} value={data.counts.dueThisWeek} />
            </Card>
            <Card size="small">
              <Statistic title={t('due.dueSoon')} value={data.counts.dueSoon} />
            </Card>
            <Card size="small">
              <Statistic title={t('due.done')} value={data.counts.done} />
            </Card>
          </Space>
          <Typography.Paragraph type="secondary">
            {t('due.window', { from: dayjs(data.from).format('DD.MM.YYYY'), to: dayjs(data.monthEnd).format('DD.MM.YYYY') })}
          </Typography.Paragraph>
          {!code && (data.municipalities?.length ?? 0) > 1 && (
            <Card size="small" title={t('due.municipalities')} style={{ marginBottom: 12 }}>
              <Table
                size="small"
                rowKey="municipality"
                columns={perMunicipality}
                dataSource={data.municipalities ?? []}
                pagination={false}
                data-testid="due-municipalities"
              />
            </Card>
          )}
          <Table
            size="small"
            rowKey={(i) => `${i.municipality}/${i.indicator}/${i.year}/${i.period}`}
            columns={columns}
            dataSource={data.items}
            locale={{ emptyText: t('due.empty') }}
            pagination={{
              current: data.page + 1,
              pageSize: data.size,
              total: data.total,
              showSizeChanger: false,
              onChange: (p) => set({ page: String(p - 1) }),
            }}
            data-testid="due-items"
          />
        </>
      )}
    </div>
  );
}
