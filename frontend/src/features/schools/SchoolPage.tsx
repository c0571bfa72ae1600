import { Breadcrumb, Button, Card, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { SchoolAttainment } from '../../api/pending';
import { renderTarget } from '../../lib/attainment';
import { averageDecimals, formatSigned, formatValue } from '../../lib/format';
import { useMe } from '../../lib/me';
import { canRead, canWriteOrg } from '../../lib/permissions';
import { useMunicipalityName, useOrganizations, useYearsWithData } from '../../lib/queries';
import { isSchoolYearLabel, yearText } from '../../lib/schoolYear';
import { Fact } from '../../lib/ui/Fact';
import { Sparkline } from '../../lib/ui/Sparkline';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { useSchoolAttainment, useSchoolValues } from './api';
import { RiskProfile } from './components/RiskProfile';
import { schoolRows, standing, STANDING_COLOR, trendByIndicator, trendKey, type SchoolRow } from './model';
import { useIndicatorNames } from '../../lib/names';

const TREND_YEARS = 6;

/** One school: every indicator of a year, plan vs fact, the municipal average beside it, the trend. */
export default function SchoolPage() {
  const { code = '', org = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const indicatorName = useIndicatorNames();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const years = useYearsWithData(code, org);
  const muniName = useMunicipalityName(code);
  const readsMunicipality = canRead(me, code);
  const orgs = useOrganizations(readsMunicipality ? code : undefined);
  const paramYear = Number(params.get('year')) || undefined;
  const year = paramYear ?? years.latest ?? (years.loading ? undefined : new Date().getFullYear() - 1);
  const attainment = useSchoolAttainment(code, org, year);
  const values = useSchoolValues(code, org, year === undefined ? undefined : year - TREND_YEARS, year);
  const trends = useMemo(() => trendByIndicator(values.data?.items ?? []), [values.data]);
  const groups = useMemo(() => schoolRows(attainment.data?.items ?? [], org), [attainment.data, org]);
  const allRows = groups.flatMap((g) => g.rows);
  const showRegional = allRows.some((r) => r.row.regionalAverage !== undefined && r.row.regionalAverage !== null);

  if (!year) return <Loading />;
  const m = `/municipalities/${encodeURIComponent(code)}`;
  const orgName =
    orgs.data?.items.find((o) => o.code === org)?.name ?? allRows.find((r) => r.row.organizationName)?.row.organizationName ?? org;
  const entryPath = `${m}/schools/${encodeURIComponent(org)}/entry/${year}`;

  const columns = [
    {
      title: t('dashboard.indicator'),
      key: 'name',
      minWidth: 240,
      render: (_: unknown, { row }: SchoolRow) => (
        <div>
          <Typography.Text type="secondary" style={{ marginRight: 6 }}>
            {row.indicator}
          </Typography.Text>
          {readsMunicipality ? (
            <Link to={`${m}/indicators/${encodeURIComponent(row.indicator ?? '')}`}>{indicatorName(row.indicator, row.indicatorName)}</Link>
          ) : (
            indicatorName(row.indicator, row.indicatorName)
          )}
          {row.category && <Tag style={{ marginLeft: 6 }}>{row.categoryLabel ?? row.category}</Tag>}
          {isSchoolYearLabel(row.year, row.yearLabel) && (
            <Tag color="purple" style={{ marginLeft: 6 }} data-testid={`year-label-${row.indicator}`}>
              {yearText(row.year, row.yearLabel)}
            </Tag>
          )}
        </div>
      ),
    },
    {
      title: t('dashboard.fact'),
      key: 'fact',
      width: 110,
      align: 'right' as const,
      render: (_: unknown, { row }: SchoolRow) => (
        <Fact value={row.fact} unit={row.unit} decimals={row.decimals} qualifier={row.qualifier} testId={`fact-${row.indicator}`} />
      ),
    },
    {
      title: t('dashboard.target'),
      key: 'target',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, { row }: SchoolRow) => (
        <div>
          <span className="num">{renderTarget(row.target, row.unit, row.decimals, lang)}</span>
          {row.targetScope === 'every_organization' && (
            <div style={{ fontSize: 12, color: '#8c8c8c' }} data-testid={`target-scope-${row.indicator}`}>
              {t('school.everySchool')}
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('dashboard.status'),
      key: 'status',
      width: 130,
      render: (_: unknown, { row }: SchoolRow) => <StatusTag status={row.status} testId={`status-${row.indicator}`} />,
    },
    {
      title: t('school.average'),
      key: 'average',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, { row }: SchoolRow) => (
        <Tooltip title={row.municipalAverageCount ? t('school.averageOf', { count: row.municipalAverageCount }) : undefined}>
          <span className="num" data-testid={`average-${row.indicator}`}>
            {formatValue(row.municipalAverage, row.unit, averageDecimals(row.decimals), lang)}
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('school.difference'),
      key: 'difference',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, { row }: SchoolRow) => <Difference row={row} />,
    },
    ...(showRegional
      ? [
          {
            title: t('school.regional'),
            key: 'regional',
            width: 120,
            align: 'right' as const,
            responsive: ['lg' as const],
            render: (_: unknown, { row }: SchoolRow) => (
              <span className="num">{formatValue(row.regionalAverage, row.unit, averageDecimals(row.decimals), lang)}</span>
            ),
          },
        ]
      : []),
    {
      title: t('dashboard.trend'),
      key: 'trend',
      width: 108,
      render: (_: unknown, { row }: SchoolRow) =>
        values.isLoading ? (
          <span style={{ color: '#bfbfbf' }}>…</span>
        ) : (
          <Sparkline
            points={trends.get(trendKey(row.indicator, row.category)) ?? []}
            label={t('dashboard.trendOf', { name: indicatorName(row.indicator, row.indicatorName) })}
          />
        ),
    },
    ...(readsMunicipality
      ? [
          {
            title: <span className="sr-only">{t('schools.ranking')}</span>,
            key: 'ranking',
            width: 90,
            render: (_: unknown, { row }: SchoolRow) => (
              <Link to={`${m}/rankings/${encodeURIComponent(row.indicator ?? '')}?year=${year}`}>{t('school.toRanking')}</Link>
            ),
          },
        ]
      : []),
  ];

  return (
    <div>
      {readsMunicipality && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[
            { title: <Link to={m}>{muniName}</Link> },
            { title: <Link to={`${m}/schools`}>{t('menu.schools')}</Link> },
            { title: orgName },
          ]}
        />
      )}
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('school.title', { name: orgName, year })}
        </Typography.Title>
        <Space wrap>
          <YearSelect
            value={year}
            onChange={(y) => setParams({ year: String(y) }, { replace: true })}
            years={yearOptions(years.years, year)}
          />
          <Link to={entryPath}>
            <Button type={canWriteOrg(me, code, org) ? 'primary' : 'default'} data-testid="school-entry-link">
              {canWriteOrg(me, code, org) ? t('dashboard.enterData') : t('dashboard.viewData')}
            </Button>
          </Link>
        </Space>
      </Space>
      {values.error && <ProblemAlert error={values.error} style={{ marginBottom: 12 }} />}
      <RiskProfile municipality={code} organization={org} year={year} readsMunicipality={readsMunicipality} />
      {attainment.isLoading ? (
        <Loading />
      ) : attainment.error ? (
        <ErrorState error={attainment.error} onRetry={() => attainment.refetch()} />
      ) : groups.length === 0 ? (
        <Empty description={t('school.empty')} />
      ) : (
        groups.map((g) => (
          <Card
            key={g.area}
            size="small"
            title={g.area || t('dashboard.noArea')}
            style={{ marginBottom: 16 }}
            styles={{ body: { padding: 0 } }}
          >
            <Table<SchoolRow>
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={g.rows}
              pagination={false}
              scroll={{ x: 900 }}
              onRow={(r) => ({ 'data-testid': `school-row-${r.row.indicator}` }) as React.HTMLAttributes<HTMLTableRowElement>}
            />
          </Card>
        ))
      )}
    </div>
  );
}

/** fact − municipal average, green when it is good news by the indicator's polarity. */
function Difference({ row }: { row: SchoolAttainment }) {
  const { t, i18n } = useTranslation();
  const s = standing(row.difference, row.polarity);
  if (!s) return <span className="num">—</span>;
  return (
    <Tooltip title={t(`school.standing.${s}`)}>
      <span className="num" style={{ color: STANDING_COLOR[s] }} data-testid={`difference-${row.indicator}`} data-standing={s}>
        {formatSigned(row.difference, averageDecimals(row.decimals), i18n.language)}
      </span>
    </Tooltip>
  );
}
