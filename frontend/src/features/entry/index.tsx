import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, Popconfirm, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Indicator, Page, Qualifier, TargetBound, Value, ValueWrite } from '../../api/types';
import { ApiError, ifMatchFor, isApiError } from '../../lib/api';
import { evaluateStatus, renderTarget } from '../../lib/attainment';
import { findTheirs, overwriteRequest, sameContent, type Conflict } from '../../lib/conflict';
import { toInputString } from '../../lib/decimal';
import { unitSuffix } from '../../lib/format';
import { useMe } from '../../lib/me';
import { isLocked } from '../../lib/periods';
import { canWrite } from '../../lib/permissions';
import { qk, useIndicators, useMunicipalityName, useOrganizations, usePeriod, useYearsWithData } from '../../lib/queries';
import { PeriodBanner } from '../../lib/ui/PeriodBanner';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { checkValue, hasErrors, type ValueCheck } from '../../lib/validation';
import { deleteValue, fetchCurrent, saveValue, useOwnIndicatorCodes, useYearTargets, useYearValues } from './api';
import { ConflictModal } from './components/ConflictModal';

const QUALIFIERS: Qualifier[] = ['exact', 'approx', 'at_least', 'at_most'];

interface Draft {
  input?: string;
  qualifier?: Qualifier;
  comment?: string;
}

interface RowState {
  saving?: boolean;
  fieldErrors?: Record<string, string>;
  error?: string;
}

interface Row {
  /** The indicator's code (rows are only built for indicators that have one). */
  code: string;
  indicator: Indicator;
  stored: Value | undefined;
  target: TargetBound | null;
}

export default function EntryPage() {
  const { code = '', year: yearParam } = useParams();
  const year = Number(yearParam);
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const name = useMunicipalityName(code);
  const years = useYearsWithData(code);
  const [org, setOrg] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [rowState, setRowState] = useState<Record<string, RowState>>({});
  const [conflict, setConflict] = useState<(Conflict & { code: string; indicator: Indicator }) | null>(null);
  const [conflictBusy, setConflictBusy] = useState(false);

  const indicators = useIndicators({ status: 'active' });
  const values = useYearValues(code, year);
  const targets = useYearTargets(code, year);
  const own = useOwnIndicatorCodes(code, year);
  const ownCodes = own.codes;
  const orgs = useOrganizations(code);
  const period = usePeriod(code, year);
  const writable = canWrite(me, code);
  const locked = isLocked(period.data?.state);
  const readOnly = !writable || locked;
  const valuesKey = qk.values({ municipality: code, year });

  const rows: Row[] = useMemo(() => {
    const level = org ? 'organization' : 'municipality';
    const q = search.trim().toLowerCase();
    const stored = (values.data?.items ?? []).filter((v) => (v.organization ?? undefined) === org && !v.category && !v.period);
    const tgs = (targets.data?.items ?? []).filter((x) => (x.organization ?? undefined) === org);
    const collator = new Intl.Collator('ru', { numeric: true });
    return (indicators.data?.items ?? [])
      .filter((i) => i.level === level)
      .filter((i): i is Indicator & { code: string } => !!i.code)
      // The catalogue holds every municipality's indicators; show this one's unless asked for all.
      .filter((i) => showAll || !ownCodes || ownCodes.has(i.code))
      .filter((i) => !q || (i.nameRu ?? '').toLowerCase().includes(q) || i.code.toLowerCase().includes(q))
      .sort((a, b) => collator.compare(a.area ?? '', b.area ?? '') || collator.compare(a.code, b.code))
      .map((i) => {
        const tg = tgs.find((x) => x.indicator === i.code);
        return {
          code: i.code,
          indicator: i,
          stored: stored.find((v) => v.indicator === i.code),
          target: tg ? { comparator: tg.comparator, value: tg.value, valueTo: tg.valueTo } : null,
        };
      });
  }, [indicators.data, values.data, targets.data, org, search, showAll, ownCodes]);

  if (!Number.isInteger(year) || year < 1900 || year > 2200) return <ErrorState error={new Error(t('entry.badYear'))} />;
  if (indicators.isLoading || values.isLoading || own.isLoading) return <Loading />;
  if (indicators.error) return <ErrorState error={indicators.error} onRetry={() => indicators.refetch()} />;
  if (values.error) return <ErrorState error={values.error} onRetry={() => values.refetch()} />;

  const inputOf = (r: Row) => drafts[r.code]?.input ?? toInputString(r.stored?.value, lang);
  const qualifierOf = (r: Row): Qualifier => drafts[r.code]?.qualifier ?? r.stored?.qualifier ?? 'exact';
  const commentOf = (r: Row) => drafts[r.code]?.comment ?? r.stored?.comment ?? '';
  const isDirty = (r: Row) => {
    const d = drafts[r.code];
    if (!d) return false;
    return (
      (d.input !== undefined && d.input !== toInputString(r.stored?.value, lang)) ||
      (d.qualifier !== undefined && d.qualifier !== (r.stored?.qualifier ?? 'exact')) ||
      (d.comment !== undefined && d.comment !== (r.stored?.comment ?? ''))
    );
  };
  const setDraft = (codeI: string, patch: Draft) => {
    setDrafts((d) => ({ ...d, [codeI]: { ...d[codeI], ...patch } }));
    setRowState((s) => ({ ...s, [codeI]: { ...s[codeI], fieldErrors: undefined, error: undefined } }));
  };
  const clearDraft = (codeI: string) => {
    setDrafts((d) => {
      const n = { ...d };
      delete n[codeI];
      return n;
    });
  };
  const setRow = (codeI: string, s: RowState) => setRowState((st) => ({ ...st, [codeI]: s }));

  /** Puts the saved value into the cached list so the grid shows it with its new version. */
  const applySaved = (saved: Value) => {
    qc.setQueryData<Page<Value>>(valuesKey, (old) => {
      if (!old) return old;
      const rest = old.items.filter((v) => !(v.indicator === saved.indicator && (v.organization ?? null) === (saved.organization ?? null) && !v.category && !v.period));
      return { ...old, items: [...rest, saved] };
    });
    invalidateDerived();
  };

  const invalidateDerived = () => {
    void qc.invalidateQueries({ queryKey: ['attainment'] });
    void qc.invalidateQueries({ queryKey: ['attainment-summary'] });
    void qc.invalidateQueries({ queryKey: ['series'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
    void qc.invalidateQueries({ queryKey: ['period', code, year] });
    void qc.invalidateQueries({ queryKey: ['yearsWithData', code] });
  };

  const bodyOf = (r: Row, value: number): ValueWrite => ({
    municipality: code,
    indicator: r.code,
    organization: org,
    year,
    value,
    qualifier: qualifierOf(r),
    comment: commentOf(r) || undefined,
  });

  const handleError = async (r: Row, body: ValueWrite, e: unknown) => {
    const c = r.code;
    if (isApiError(e, 412)) {
      const current = await fetchCurrent(body).catch(() => [] as Value[]);
      const theirs = findTheirs(current, body);
      if (theirs && sameContent(body, theirs)) {
        applySaved(theirs);
        clearDraft(c);
        setRow(c, {});
        return;
      }
      setRow(c, {});
      setConflict({ mine: body, theirs, code: r.code, indicator: r.indicator });
      return;
    }
    if (isApiError(e, 409)) {
      void qc.invalidateQueries({ queryKey: ['period', code, year] });
      setRow(c, { error: (e as ApiError).problem?.detail || t('entry.lockedError') });
      return;
    }
    if (e instanceof ApiError) {
      setRow(c, { fieldErrors: e.fieldErrors(), error: e.problem?.detail || e.message });
      return;
    }
    setRow(c, { error: e instanceof Error ? e.message : String(e) });
  };

  const saveRow = async (r: Row): Promise<boolean> => {
    const c = r.code;
    const { value, checks } = checkValue(inputOf(r), r.indicator);
    if (hasErrors(checks)) return false;
    if (value === null) {
      setRow(c, { fieldErrors: { value: t('entry.required') } });
      return false;
    }
    const body = bodyOf(r, value);
    setRow(c, { saving: true });
    try {
      const saved = await saveValue(body, r.stored?.version !== undefined ? ifMatchFor(r.stored.version) : undefined);
      applySaved(saved ?? { ...body, id: r.stored?.id, version: (r.stored?.version ?? 0) + 1 });
      clearDraft(c);
      setRow(c, {});
      message.success(t('entry.saved', { code: c }));
      return true;
    } catch (e) {
      await handleError(r, body, e);
      return false;
    }
  };

  const saveAll = async () => {
    for (const r of rows.filter(isDirty)) {
      const ok = await saveRow(r);
      if (!ok) break;
    }
  };

  const remove = async (r: Row) => {
    if (!r.stored) return;
    const c = r.code;
    setRow(c, { saving: true });
    try {
      await deleteValue(r.stored);
      qc.setQueryData<Page<Value>>(valuesKey, (old) => (old ? { ...old, items: old.items.filter((v) => v.id !== r.stored!.id) } : old));
      invalidateDerived();
      clearDraft(c);
      setRow(c, {});
    } catch (e) {
      setRow(c, { error: e instanceof Error ? e.message : String(e) });
    }
  };

  const resolveTheirs = () => {
    if (!conflict) return;
    const c = conflict.code;
    if (conflict.theirs) applySaved(conflict.theirs);
    else void qc.invalidateQueries({ queryKey: valuesKey });
    clearDraft(c);
    setConflict(null);
  };

  const resolveOverwrite = async () => {
    if (!conflict) return;
    const { body, ifMatch } = overwriteRequest(conflict);
    setConflictBusy(true);
    try {
      const saved = await saveValue(body, ifMatch);
      applySaved(saved);
      clearDraft(conflict.code);
      setConflict(null);
      message.success(t('entry.saved', { code: conflict.code }));
    } catch (e) {
      setConflict(null);
      const r = rows.find((x) => x.code === conflict.code);
      if (r) await handleError(r, body, e);
    } finally {
      setConflictBusy(false);
    }
  };

  const checkText = (c: ValueCheck) => t(`validation.${c.code}`, c.params as Record<string, unknown>);
  const dirtyCount = rows.filter(isDirty).length;

  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('entry.title', { name, year })}
        </Typography.Title>
        <Space wrap>
          <YearSelect value={year} onChange={(y) => navigate(`/municipalities/${encodeURIComponent(code)}/entry/${y}`)} years={yearOptions(years.years, year)} />
          <Link to={`/municipalities/${encodeURIComponent(code)}?year=${year}`}>
            <Button>{t('entry.toDashboard')}</Button>
          </Link>
        </Space>
      </Space>
      <PeriodBanner municipality={code} year={year} />
      {!writable && <Alert type="info" showIcon title={t('entry.readOnlyRole')} style={{ marginBottom: 16 }} />}
      {writable && locked && <Alert type="warning" showIcon title={t('entry.readOnlyLocked')} style={{ marginBottom: 16 }} data-testid="locked-banner" />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            aria-label={t('entry.scope')}
            style={{ minWidth: 280 }}
            value={org ?? ''}
            onChange={(v) => {
              setOrg(v || undefined);
              setDrafts({});
              setRowState({});
            }}
            loading={orgs.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={[{ value: '', label: t('entry.wholeMunicipality') }, ...(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: o.name }))]}
          />
          <Input.Search allowClear aria-label={t('dashboard.search')} placeholder={t('dashboard.search')} onSearch={setSearch} style={{ width: 240 }} />
          <Tooltip title={t('entry.showAllHint')}>
            <Checkbox checked={showAll} onChange={(e) => setShowAll(e.target.checked)} data-testid="entry-show-all">
              {t('entry.showAll')}
            </Checkbox>
          </Tooltip>
          {!readOnly && (
            <Button type="primary" icon={<SaveOutlined />} disabled={dirtyCount === 0} onClick={saveAll} data-testid="save-all">
              {t('entry.saveAll', { count: dirtyCount })}
            </Button>
          )}
        </Space>
      </Card>
      <Table<Row>
        size="small"
        rowKey={(r) => r.code}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        rowClassName={(r) => (isDirty(r) ? 'row-dirty' : '')}
        onRow={(r) => ({ 'data-testid': `entry-row-${r.code}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        locale={{ emptyText: t('entry.noIndicators') }}
        columns={[
          {
            title: t('dashboard.indicator'),
            key: 'indicator',
            minWidth: 280,
            render: (_, r) => (
              <div>
                <Typography.Text type="secondary" style={{ marginRight: 6 }}>
                  {r.code}
                </Typography.Text>
                <Link to={`/municipalities/${encodeURIComponent(code)}/indicators/${encodeURIComponent(r.code)}`}>{r.indicator.nameRu}</Link>
                <div className="clamp-2" style={{ fontSize: 12, color: '#8c8c8c' }} title={r.indicator.area}>
                  {r.indicator.area}
                </div>
              </div>
            ),
          },
          {
            title: t('dashboard.target'),
            key: 'target',
            width: 100,
            align: 'right',
            render: (_, r) => <span className="num">{renderTarget(r.target, r.indicator.unit, r.indicator.decimals, lang)}</span>,
          },
          {
            title: t('entry.value'),
            key: 'value',
            width: 130,
            render: (_, r) => {
              const input = inputOf(r);
              const { checks } = checkValue(input, r.indicator);
              const serverErr = rowState[r.code]?.fieldErrors?.value;
              const errs = checks.filter((c) => c.level === 'error');
              const warns = checks.filter((c) => c.level === 'warning');
              const id = `value-${r.code}`;
              return (
                <div>
                  <Input
                    id={id}
                    aria-label={t('entry.valueFor', { name: r.indicator.nameRu })}
                    aria-invalid={errs.length > 0 || !!serverErr}
                    aria-describedby={`${id}-help`}
                    inputMode="decimal"
                    value={input}
                    disabled={readOnly}
                    status={errs.length > 0 || serverErr ? 'error' : warns.length > 0 ? 'warning' : undefined}
                    suffix={unitSuffix(r.indicator.unit, lang) || undefined}
                    onChange={(e) => setDraft(r.code, { input: e.target.value })}
                    onPressEnter={() => !readOnly && isDirty(r) && void saveRow(r)}
                    data-testid={`value-input-${r.code}`}
                  />
                  <div id={`${id}-help`} role={errs.length || serverErr ? 'alert' : undefined} style={{ fontSize: 12 }}>
                    {errs.map((c) => (
                      <div key={c.code} style={{ color: '#cf1322' }}>
                        {checkText(c)}
                      </div>
                    ))}
                    {serverErr && <div style={{ color: '#cf1322' }}>{serverErr}</div>}
                    {warns.map((c) => (
                      <div key={c.code} style={{ color: '#d48806' }}>
                        {checkText(c)}
                      </div>
                    ))}
                  </div>
                </div>
              );
            },
          },
          {
            title: t('entry.qualifier'),
            key: 'qualifier',
            width: 124,
            render: (_, r) => (
              <Select
                aria-label={t('entry.qualifierFor', { name: r.indicator.nameRu })}
                value={qualifierOf(r)}
                disabled={readOnly}
                style={{ width: '100%' }}
                onChange={(v) => setDraft(r.code, { qualifier: v })}
                options={QUALIFIERS.map((q) => ({ value: q, label: t(`qualifier.${q}`) }))}
              />
            ),
          },
          {
            title: t('entry.comment'),
            key: 'comment',
            width: 170,
            render: (_, r) => (
              <div>
                <Input
                  aria-label={t('entry.commentFor', { name: r.indicator.nameRu })}
                  value={commentOf(r)}
                  disabled={readOnly}
                  maxLength={2000}
                  status={rowState[r.code]?.fieldErrors?.comment ? 'error' : undefined}
                  onChange={(e) => setDraft(r.code, { comment: e.target.value })}
                />
                {rowState[r.code]?.fieldErrors?.comment && (
                  <div style={{ color: '#cf1322', fontSize: 12 }}>{rowState[r.code]?.fieldErrors?.comment}</div>
                )}
              </div>
            ),
          },
          {
            title: t('dashboard.status'),
            key: 'status',
            width: 112,
            render: (_, r) => {
              const { value, checks } = checkValue(inputOf(r), r.indicator);
              if (hasErrors(checks)) return <span aria-hidden>—</span>;
              return <StatusTag status={evaluateStatus(value, r.target, r.indicator.decimals)} testId={`entry-status-${r.code}`} />;
            },
          },
          {
            title: <span className="sr-only">{t('common.actions')}</span>,
            key: 'actions',
            width: 88,
            fixed: 'right',
            render: (_, r) => {
              const st = rowState[r.code];
              const { checks } = checkValue(inputOf(r), r.indicator);
              return (
                <div>
                  {!readOnly && (
                    <Space size={4}>
                      <Tooltip title={t('common.save')}>
                        <Button
                          type={isDirty(r) ? 'primary' : 'default'}
                          icon={<SaveOutlined />}
                          aria-label={t('entry.saveFor', { name: r.indicator.nameRu })}
                          loading={st?.saving}
                          disabled={!isDirty(r) || hasErrors(checks)}
                          onClick={() => void saveRow(r)}
                          data-testid={`save-${r.code}`}
                        />
                      </Tooltip>
                      {r.stored && (
                        <Popconfirm title={t('entry.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => remove(r)}>
                          <Button icon={<DeleteOutlined />} aria-label={t('entry.deleteFor', { name: r.indicator.nameRu })} danger />
                        </Popconfirm>
                      )}
                    </Space>
                  )}
                  {st?.error && (
                    <div role="alert" style={{ color: '#cf1322', fontSize: 12 }}>
                      {st.error}
                    </div>
                  )}
                </div>
              );
            },
          },
        ]}
      />
      <ConflictModal
        conflict={conflict}
        unit={conflict?.indicator.unit}
        decimals={conflict?.indicator.decimals}
        busy={conflictBusy}
        onTheirs={resolveTheirs}
        onOverwrite={() => void resolveOverwrite()}
        onCancel={() => setConflict(null)}
      />
    </div>
  );
}
