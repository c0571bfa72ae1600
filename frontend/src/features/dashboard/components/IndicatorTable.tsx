import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SchoolAttainment, TrendPoint } from '../../../api/pending';
import { renderTarget } from '../../../lib/attainment';
import { formatSigned, formatValue } from '../../../lib/format';
import { isSchoolYearLabel } from '../../../lib/schoolYear';
import { Fact } from '../../../lib/ui/Fact';
import { StatusTag } from '../../../lib/ui/StatusTag';
import { useIndicatorNames } from '../../../lib/names';
import { trendKey, type DashboardRow } from '../model';
import { TrendCell } from './TrendCell';

/** One area's indicators: fact, target, status (or «met by N of M schools»), deviation, score, trend. */
export function IndicatorTable({
  code,
  year,
  rows,
  trends,
  trendsLoading,
  trendsFailed,
}: {
  code: string;
  year: number;
  rows: DashboardRow[];
  trends: Map<string, TrendPoint[]>;
  trendsLoading: boolean;
  trendsFailed: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const indicatorName = useIndicatorNames();
  const columns = [
    {
      title: t('dashboard.indicator'),
      key: 'name',
      minWidth: 220,
      render: (_: unknown, r: DashboardRow) => (
        <Link
          to={`/municipalities/${encodeURIComponent(code)}/indicators/${encodeURIComponent(r.indicator)}`}
          data-testid={`indicator-link-${r.indicator}`}
        >
          <Typography.Text type="secondary" style={{ marginRight: 6 }}>
            {r.indicator}
          </Typography.Text>
          {indicatorName(r.indicator, r.name)}
          {isSchoolYearLabel(r.row?.year, (r.row as SchoolAttainment | undefined)?.yearLabel) && (
            <Tag color="purple" style={{ marginLeft: 6 }} data-testid={`year-label-${r.indicator}`}>
              {(r.row as SchoolAttainment).yearLabel}
            </Tag>
          )}
        </Link>
      ),
    },
    {
      title: t('dashboard.fact'),
      key: 'fact',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, r: DashboardRow) => {
        const unit = r.row?.unit;
        if (r.row && r.row.fact !== undefined && r.row.fact !== null)
          return (
            <Fact value={r.row.fact} unit={unit} decimals={r.row.decimals} qualifier={r.row.qualifier} testId={`fact-${r.indicator}`} />
          );
        if (r.average)
          return (
            <Typography.Text data-testid={`average-${r.indicator}`} title={t('dashboard.averageHint')}>
              {t('dashboard.average', { value: formatValue(r.average.value, unit, r.row?.decimals ?? 2, lang), count: r.average.count })}
            </Typography.Text>
          );
        return r.row ? (
          <Fact value={null} unit={unit} decimals={r.row.decimals} testId={`fact-${r.indicator}`} />
        ) : (
          <Typography.Text type="secondary">{t('dashboard.byOrganizations')}</Typography.Text>
        );
      },
    },
    {
      title: t('dashboard.target'),
      key: 'target',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, r: DashboardRow) => {
        if (r.row?.target) return <span className="num">{renderTarget(r.row.target, r.row.unit, r.row.decimals, lang)}</span>;
        if (r.schoolTarget)
          return (
            <span className="num" title={t('dashboard.everySchoolTarget')}>
              {renderTarget(r.schoolTarget, r.row?.unit, r.row?.decimals, lang)}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard.perSchool')}
              </Typography.Text>
            </span>
          );
        return <span className="num">—</span>;
      },
    },
    {
      title: t('dashboard.status'),
      key: 'status',
      width: 170,
      render: (_: unknown, r: DashboardRow) => (
        <Space size={2} wrap>
          <StatusTag status={r.status} testId={`status-${r.indicator}`} />
          {r.schools && (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12 }}
              data-testid={`schools-met-${r.indicator}`}
              data-met={r.schools.met}
              data-total={r.schools.total}
            >
              {t('dashboard.schoolsMet', { met: r.schools.met, total: r.schools.total })}
            </Typography.Text>
          )}
          {r.bySchool && (
            <Link
              to={`/municipalities/${encodeURIComponent(code)}/rankings/${encodeURIComponent(r.indicator)}?year=${year}`}
              style={{ fontSize: 12 }}
              data-testid={`ranking-link-${r.indicator}`}
            >
              {t('dashboard.ranking')}
            </Link>
          )}
        </Space>
      ),
    },
    {
      title: t('dashboard.deviation'),
      key: 'deviation',
      width: 110,
      align: 'right' as const,
      responsive: ['xl' as const],
      render: (_: unknown, r: DashboardRow) => <span className="num">{formatSigned(r.row?.deviation ?? null, r.row?.decimals, lang)}</span>,
    },
    {
      title: t('entry.score'),
      key: 'score',
      width: 80,
      align: 'right' as const,
      responsive: ['xl' as const],
      render: (_: unknown, r: DashboardRow) => (
        <span className="num" data-testid={`score-${r.indicator}`}>
          {r.row?.score === undefined || r.row?.score === null ? '—' : formatValue(r.row.score, null, 1, lang)}
        </span>
      ),
    },
    {
      title: t('dashboard.trend'),
      key: 'trend',
      width: 108,
      render: (_: unknown, r: DashboardRow) => (
        <TrendCell
          points={trends.get(trendKey(r.indicator, r.category))}
          year={year}
          name={r.name}
          loading={trendsLoading}
          failed={trendsFailed}
        />
      ),
    },
  ];
  return (
    <Table<DashboardRow>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 700 }}
      onRow={(r) =>
        ({ 'data-testid': `row-${r.indicator}`, 'data-has-target': String(r.hasTarget) }) as React.HTMLAttributes<HTMLTableRowElement>
      }
    />
  );
}
