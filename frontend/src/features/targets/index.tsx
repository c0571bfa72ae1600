import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Empty, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import type { CatalogueScope } from '../../api/pending';
import type { Target, TargetWrite } from '../../api/types';
import { useMe } from '../../lib/me';
import { canWrite } from '../../lib/permissions';
import { useIndicators, useMunicipalityName } from '../../lib/queries';
import { ScopeToggle, SharedTag } from '../../lib/ui/CatalogueScope';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { deleteTarget, putTarget, useIndicatorTargets } from './api';
import { TargetRow } from './components/TargetRow';
import { defaultPeriod, yearsOf } from './model';

export default function TargetsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const name = useMunicipalityName(code);
  // the municipality's own catalogue (whoever looks), the whole one on request; it opens on an
  // indicator someone keeps figures of, never on another municipality's one
  const [scope, setScope] = useState<CatalogueScope>('mine');
  const indicators = useIndicators(
    scope === 'mine'
      ? { status: 'active', level: 'municipality', municipality: code }
      : { status: 'active', level: 'municipality', scope: 'all' },
  );
  const firstKept = indicators.data?.items.find((i) => (i.municipalityCount ?? 0) > 0) ?? indicators.data?.items[0];
  const indicatorCode = params.get('indicator') ?? firstKept?.code;
  const indicator = indicators.data?.items.find((i) => i.code === indicatorCode);
  const targets = useIndicatorTargets(code, indicatorCode);
  const editable = canWrite(me, code);
  const [period, setPeriod] = useState<[number, number] | null>(null);
  const [baselineYear, setBaselineYear] = useState<number | null>(null);

  const items = useMemo(() => (targets.data?.items ?? []).filter((x) => !x.organization), [targets.data]);
  const [from, to] = period ?? defaultPeriod(items);
  const baseline = items.filter((x) => x.kind === 'baseline').sort((a, b) => (a.year ?? 0) - (b.year ?? 0))[0];
  const bYear = baselineYear ?? baseline?.year ?? from - 1;

  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['targets'] });
    void qc.invalidateQueries({ queryKey: ['attainment'] });
    void qc.invalidateQueries({ queryKey: ['attainment-summary'] });
    void qc.invalidateQueries({ queryKey: ['series'] });
  };
  const onSave = async (body: TargetWrite, ifMatch: string | undefined) => {
    try {
      await putTarget(body, ifMatch);
      message.success(t('targets.saved'));
    } finally {
      refresh();
    }
  };
  const onDelete = async (x: Target) => {
    try {
      await deleteTarget(x);
      message.success(t('targets.deleted'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      refresh();
    }
  };

  if (indicators.isLoading) return <Loading />;
  if (indicators.error) return <ErrorState error={indicators.error} onRetry={() => indicators.refetch()} />;

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('targets.title', { name })}
      </Typography.Title>
      {!editable && <Alert type="info" showIcon title={t('targets.readOnly')} style={{ marginBottom: 16 }} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('targets.indicator')} htmlFor="targets-indicator">
            <Select
              id="targets-indicator"
              style={{ minWidth: 320, maxWidth: 560 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={indicatorCode}
              onChange={(v) => {
                setParams({ indicator: v }, { replace: true });
                setPeriod(null);
                setBaselineYear(null);
              }}
              options={(indicators.data?.items ?? []).map((i) => ({
                value: i.code,
                label: `${i.code} — ${i.nameRu}`,
              }))}
              optionRender={(o) => {
                const i = indicators.data?.items.find((x) => x.code === o.value);
                return (
                  <span>
                    {o.label} <SharedTag shared={i?.shared} count={i?.municipalityCount} />
                  </span>
                );
              }}
              data-testid="targets-indicator"
            />
          </Form.Item>
          <Form.Item>
            <ScopeToggle value={scope} onChange={setScope} testId="targets-scope" />
          </Form.Item>
          <Form.Item label={t('targets.periodFrom')} htmlFor="targets-from">
            <InputNumber id="targets-from" min={1990} max={2100} value={from} onChange={(v) => v && setPeriod([v, Math.max(v, to)])} />
          </Form.Item>
          <Form.Item label={t('targets.periodTo')} htmlFor="targets-to">
            <InputNumber id="targets-to" min={1990} max={2100} value={to} onChange={(v) => v && setPeriod([Math.min(from, v), v])} />
          </Form.Item>
        </Form>
      </Card>
      {!indicator ? (
        <Empty description={t('targets.pickIndicator')} />
      ) : targets.isLoading ? (
        <Loading />
      ) : targets.error ? (
        <ProblemAlert error={targets.error} onRetry={() => targets.refetch()} />
      ) : (
        <>
          <Card size="small" title={t('targets.baseline')} style={{ marginBottom: 16 }}>
            <Space wrap align="start">
              <Form.Item label={t('targets.baselineYear')} htmlFor="baseline-year" style={{ marginBottom: 0 }}>
                <InputNumber
                  id="baseline-year"
                  min={1990}
                  max={2100}
                  value={bYear}
                  disabled={!editable}
                  onChange={(v) => v && setBaselineYear(v)}
                />
              </Form.Item>
              <TargetRow
                key={`b-${indicator.code}-${bYear}-${baseline?.version ?? 'new'}`}
                municipality={code}
                indicator={indicator}
                year={bYear}
                kind="baseline"
                stored={items.find((x) => x.kind === 'baseline' && x.year === bYear)}
                editable={editable}
                onSave={onSave}
                onDelete={onDelete}
              />
            </Space>
          </Card>
          <Card size="small" title={t('targets.targetsTitle', { from, to })} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey="year"
              pagination={false}
              scroll={{ x: 760 }}
              dataSource={yearsOf(from, to).map((year) => ({ year, stored: items.find((x) => x.kind === 'target' && x.year === year) }))}
              columns={[
                { title: t('common.year'), dataIndex: 'year', width: 80 },
                {
                  title: t('targets.target'),
                  key: 'row',
                  render: (_, r) => (
                    <TargetRow
                      key={`${indicator.code}-${r.year}-${r.stored?.version ?? 'new'}`}
                      municipality={code}
                      indicator={indicator}
                      year={r.year}
                      kind="target"
                      stored={r.stored}
                      editable={editable}
                      onSave={onSave}
                      onDelete={onDelete}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
