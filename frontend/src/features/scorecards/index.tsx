import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { RatingItem, RatingPart, Scorecard } from '../../api/pending';
import { download } from '../../lib/api';
import { saveText } from '../../lib/csv';
import { formatNumber, formatSigned } from '../../lib/format';
import { useMe } from '../../lib/me';
import { canKeepRule, canWrite } from '../../lib/permissions';
import { useDimensions, useIndicators, useMunicipalityName, useYearsWithData } from '../../lib/queries';
import { valueFormat, type ValueFormat } from '../../lib/risk';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { fetchScorecard, useRatings, useScorecards } from './api';
import { ScorecardEditor } from './components/ScorecardEditor';
import { isMissing, places, ratingCsv, sortedByRank, unitKey, unitName } from './model';

/** «Рейтинг»: a scorecard's ranking of a municipality's schools in a year, with every school's breakdown. */
export default function RatingPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const name = useMunicipalityName(code);
  const years = useYearsWithData(code);
  const scorecards = useScorecards(code);
  const indicators = useIndicators();
  const dimensions = useDimensions();
  const fmt = useMemo(() => valueFormat(indicators.data?.items ?? [], lang), [indicators.data, lang]);
  const names = useMemo(() => new Map((indicators.data?.items ?? []).map((i) => [i.code, i.nameRu])), [indicators.data]);
  const list = scorecards.data?.items ?? [];
  const chosen = params.get('scorecard') ?? list[0]?.code;
  const paramYear = Number(params.get('year')) || undefined;
  const year = paramYear ?? years.latest ?? (years.loading ? undefined : new Date().getFullYear() - 1);
  const ratings = useRatings(chosen, code, year);
  const scorecard = list.find((s) => s.code === chosen);
  const items = useMemo(() => sortedByRank(ratings.data?.items ?? []), [ratings.data]);
  const place = useMemo(() => places(items), [items]);
  const [editing, setEditing] = useState<{ scorecard: Scorecard | undefined; version: string | undefined } | null>(null);
  const [opening, setOpening] = useState<unknown>(undefined);
  const m = `/municipalities/${encodeURIComponent(code)}`;
  const keepsOwn = canWrite(me, code);
  const keepsRegion = canKeepRule(me, undefined);
  const mayEdit = keepsOwn || keepsRegion;
  // who keeps a scorecard: a municipality's editor its own, the ministry and the admin the region's
  const keepers = (s: Scorecard | undefined) => {
    const own = { value: code, label: t('rules.keeperOwn', { name }) };
    const region = { value: '', label: t('rules.keeperRegion') };
    if (s) return s.municipality ? [{ ...own, value: s.municipality }] : [region];
    return [...(keepsOwn ? [own] : []), ...(keepsRegion ? [region] : [])];
  };

  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  const edit = async (c: string) => {
    setOpening(undefined);
    try {
      const { scorecard: s, version } = await fetchScorecard(c);
      setEditing({ scorecard: s, version });
    } catch (e) {
      setOpening(e);
    }
  };

  const exportCsv = () => {
    saveText(
      `rating-${chosen}-${code}-${year}.csv`,
      ratingCsv(items, scorecard, (k, o) => t(k, o)),
    );
  };

  // the server's workbook (the same ranking and breakdown, one sheet): a failure is said, not swallowed
  const [exporting, setExporting] = useState(false);
  const exportXlsx = () => {
    if (!chosen || !year) return;
    setExporting(true);
    download(
      `/scorecards/${encodeURIComponent(chosen)}/ratings/export`,
      { municipality: code, year },
      `orientir-reyting-${code}-${year}.xlsx`,
    )
      .catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))
      .finally(() => setExporting(false));
  };

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={m}>{name}</Link> }, { title: t('menu.rating') }]} />
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {scorecard ? t('rating.title', { name: scorecard.name, year }) : t('menu.rating')}
        </Typography.Title>
        {mayEdit && (
          <Space wrap>
            {chosen && scorecard && canKeepRule(me, scorecard.municipality) && (
              <Button icon={<EditOutlined />} onClick={() => void edit(chosen)} data-testid="scorecard-edit">
                {t('rating.edit')}
              </Button>
            )}
            <Button
              icon={<PlusOutlined />}
              onClick={() => setEditing({ scorecard: undefined, version: undefined })}
              data-testid="scorecard-create"
            >
              {t('rating.create')}
            </Button>
          </Space>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('rating.intro')}</Typography.Paragraph>
      {opening !== undefined && <ProblemAlert error={opening} style={{ marginBottom: 12 }} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            aria-label={t('rating.scorecard')}
            placeholder={t('rating.pick')}
            style={{ minWidth: 320, maxWidth: 560 }}
            value={chosen}
            loading={scorecards.isLoading}
            onChange={(v) => setParam('scorecard', v)}
            options={list.map((s) => ({ value: s.code, label: s.name }))}
            data-testid="rating-scorecard"
          />
          <YearSelect value={year} onChange={(y) => setParam('year', String(y))} years={yearOptions(years.years, year)} />
          <Button icon={<DownloadOutlined />} disabled={items.length === 0} onClick={exportCsv} data-testid="rating-csv">
            {t('rating.csv')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={items.length === 0}
            loading={exporting}
            onClick={exportXlsx}
            data-testid="rating-xlsx"
          >
            {t('rating.xlsx')}
          </Button>
        </Space>
      </Card>
      {scorecards.error ? (
        <ErrorState error={scorecards.error} onRetry={() => scorecards.refetch()} />
      ) : scorecards.isLoading ? (
        <Loading />
      ) : list.length === 0 ? (
        <Empty description={t('rating.noScorecards')} />
      ) : !year || ratings.isLoading ? (
        <Loading />
      ) : ratings.error ? (
        <ErrorState error={ratings.error} onRetry={() => ratings.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('rating.empty')} />
      ) : (
        <Table<RatingItem>
          size="small"
          rowKey={unitKey}
          dataSource={items}
          pagination={items.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
          onRow={(i) => ({ 'data-testid': `rating-row-${i.organization ?? i.municipality}` }) as React.HTMLAttributes<HTMLTableRowElement>}
          expandable={{
            expandedRowRender: (i) => <Breakdown item={i} scorecard={scorecard} fmt={fmt} names={names} />,
          }}
          columns={[
            {
              title: t('rating.place'),
              key: 'rank',
              width: 90,
              render: (_, i) => {
                const p = place.get(unitKey(i));
                return p && p.shared > 1 ? (
                  <Tooltip title={t('rating.tie', { n: p.shared })}>
                    <span data-testid="rating-place">{p.label}</span>
                  </Tooltip>
                ) : (
                  <span data-testid="rating-place">{p?.label ?? '—'}</span>
                );
              },
            },
            {
              title: t('rating.school'),
              key: 'school',
              render: (_, i) =>
                i.organization ? (
                  <Link to={`${m}/schools/${encodeURIComponent(i.organization)}?year=${year}`}>{unitName(i)}</Link>
                ) : (
                  unitName(i)
                ),
            },
            {
              title: t('rating.score'),
              key: 'score',
              width: 110,
              align: 'right',
              render: (_, i) => (
                <span className="num" data-testid="rating-score">
                  {formatNumber(i.score, 2, lang)}
                </span>
              ),
            },
            {
              title: t('rating.missing'),
              key: 'missing',
              width: 150,
              render: (_, i) => (i.missing ? <Tag color="orange">{t('rating.missingCount', { n: i.missing })}</Tag> : null),
            },
          ]}
        />
      )}
      <ScorecardEditor
        open={editing !== null}
        scorecard={editing?.scorecard}
        version={editing?.version}
        keepers={keepers(editing?.scorecard)}
        indicators={indicators.data?.items ?? []}
        dimensions={dimensions.data ?? []}
        onClose={() => setEditing(null)}
        onSaved={(s) => {
          void scorecards.refetch();
          void ratings.refetch();
          if (s?.code) setParam('scorecard', s.code);
        }}
      />
      {items.length > 0 && <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('rating.missingHint')} />}
    </div>
  );
}

/** One school's points item by item: value used, points, why; «нет данных» where it gave no value. */
function Breakdown({
  item,
  scorecard,
  fmt,
  names,
}: {
  item: RatingItem;
  scorecard: Scorecard | undefined;
  fmt: ValueFormat;
  names: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const defs = new Map((scorecard?.items ?? []).map((i) => [i.code, i]));
  return (
    <Table<RatingPart>
      size="small"
      rowKey="item"
      dataSource={item.parts ?? []}
      pagination={false}
      data-testid={`breakdown-${item.organization ?? item.municipality}`}
      onRow={(p) =>
        ({ 'data-testid': `part-${p.item}`, 'data-missing': String(isMissing(p)) }) as React.HTMLAttributes<HTMLTableRowElement>
      }
      columns={[
        {
          title: t('rating.item'),
          key: 'item',
          render: (_, p) => {
            const d = defs.get(p.item);
            const indicatorName = d?.indicatorName ?? names.get(p.indicator) ?? p.indicator;
            // the item as the rubric words it; two items of one indicator differ only by it
            const itemName = p.name ?? d?.name;
            return (
              <div>
                <div>
                  <Typography.Text type="secondary" style={{ marginRight: 6 }}>
                    {p.item}
                  </Typography.Text>
                  <span data-testid="part-name">{itemName ?? indicatorName}</span>
                  {d?.categoryLabel ? <Tag style={{ marginLeft: 6 }}>{d.categoryLabel}</Tag> : null}
                </div>
                {itemName && itemName !== indicatorName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {indicatorName}
                  </Typography.Text>
                )}
              </div>
            );
          },
        },
        {
          title: t('rating.value'),
          key: 'value',
          width: 130,
          align: 'right',
          render: (_, p) =>
            isMissing(p) ? (
              <Typography.Text type="warning">{t('rating.noData')}</Typography.Text>
            ) : (
              <span className="num">{fmt(p.indicator, p.value)}</span>
            ),
        },
        {
          title: t('rating.points'),
          key: 'points',
          width: 110,
          align: 'right',
          render: (_, p) =>
            p.points === null || p.points === undefined ? (
              <Typography.Text type="warning">{t('rating.noData')}</Typography.Text>
            ) : (
              <span className="num">{formatSigned(p.points, 2, i18n.language)}</span>
            ),
        },
        { title: t('rating.why'), key: 'why', render: (_, p) => p.why ?? '' },
      ]}
    />
  );
}
