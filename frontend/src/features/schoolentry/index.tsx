import { SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { LabelledValue } from '../../api/pending';
import type { Indicator, Organization, Page, Value, ValueWrite } from '../../api/types';
import { ApiError, ifMatchFor, isApiError } from '../../lib/api';
import { findTheirs, type Conflict } from '../../lib/conflict';
import { parseDecimal, toInputString } from '../../lib/decimal';
import { unitSuffix } from '../../lib/format';
import { useMe } from '../../lib/me';
import { isLocked } from '../../lib/periods';
import { canWrite } from '../../lib/permissions';
import { qk, useGroups, useIndicators, useMunicipalityName, useOrganizations, usePeriod, useYearsWithData } from '../../lib/queries';
import { isSchoolYearLabel } from '../../lib/schoolYear';
import { ConflictModal } from '../../lib/ui/ConflictModal';
import { useLeavePrompt } from '../../lib/ui/LeavePrompt';
import { PeriodBanner } from '../../lib/ui/PeriodBanner';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { holdsMyChanges, isDirty, planPaste, saveBody, type Draft } from '../../lib/valueDraft';
import { fetchCurrent, saveValue } from '../../lib/values';
import { gridValuesKey, useGridValues, useOwnCodes } from './api';
import { cellKey, columnYearLabels, dirtyCells, splitCellKey, storedCells } from './model';

interface CellState {
  saving?: boolean;
  /** The server's 422 messages for this cell (value first), or another refusal. */
  error?: string;
}

type GridConflict = Conflict & { key: string; indicator: Indicator; draft: Draft };
type CodedIndicator = Indicator & { code: string };

/** The department's view: the municipality's schools (rows) × organization-level indicators (columns) for one year. */
export default function SchoolsGridPage() {
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
  const indicators = useIndicators({ status: 'active', level: 'organization' });
  const orgs = useOrganizations(code);
  const values = useGridValues(code, year);
  const own = useOwnCodes(code, year);
  const groups = useGroups(code);
  const period = usePeriod(code, year);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [cells, setCells] = useState<Record<string, CellState>>({});
  const [conflict, setConflict] = useState<GridConflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [search, setSearch] = useState('');
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [showAll, setShowAll] = useState(false);
  const writable = canWrite(me, code);
  const readOnly = !writable || isLocked(period.data?.state);
  const valuesKey = gridValuesKey(code, year);

  const stored = useMemo(() => storedCells(values.data?.items ?? []), [values.data]);
  const yearLabel = useMemo(() => columnYearLabels(values.data?.items ?? []), [values.data]);
  const allColumns: CodedIndicator[] = useMemo(() => {
    const collator = new Intl.Collator('ru', { numeric: true });
    return (indicators.data?.items ?? [])
      .filter((i): i is CodedIndicator => !!i.code && i.level === 'organization')
      .sort((a, b) => collator.compare(a.code, b.code));
  }, [indicators.data]);
  const columns = allColumns.filter((i) => showAll || !own.codes || own.codes.has(i.code));
  const allRows: Organization[] = useMemo(() => orgs.data?.items ?? [], [orgs.data]);
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const members = group ? new Set(groups.data?.items.find((g) => g.code === group)?.organizations ?? []) : undefined;
    return allRows.filter(
      (o) => (!members || members.has(o.code ?? '')) && (!q || (o.name ?? '').toLowerCase().includes(q) || (o.code ?? '').includes(q)),
    );
  }, [allRows, search, group, groups.data]);

  const dirty = dirtyCells(
    allRows.map((o) => o.code ?? ''),
    allColumns.map((i) => i.code),
    stored,
    drafts,
    lang,
  );
  const leavePrompt = useLeavePrompt(dirty.length);

  if (!Number.isInteger(year) || year < 1900 || year > 2200) return <ErrorState error={new Error(t('entry.badYear'))} />;
  if (indicators.isLoading || orgs.isLoading || values.isLoading || own.isLoading) return <Loading />;
  const failed = indicators.error ?? orgs.error ?? values.error;
  if (failed)
    return <ErrorState error={failed} onRetry={() => void Promise.all([indicators.refetch(), orgs.refetch(), values.refetch()])} />;

  const indicatorOf = new Map(allColumns.map((i) => [i.code, i]));
  const inputOf = (k: string) => drafts[k]?.input ?? toInputString(stored.get(k)?.value, lang);
  const setDraft = (k: string, input: string) => {
    setDrafts((d) => ({ ...d, [k]: { ...d[k], input } }));
    setCells((s) => ({ ...s, [k]: {} }));
  };
  const clearDraft = (k: string) =>
    setDrafts((d) => {
      const n = { ...d };
      delete n[k];
      return n;
    });
  const setCell = (k: string, s: CellState) => setCells((st) => ({ ...st, [k]: s }));

  const applySaved = (saved: Value) => {
    qc.setQueryData<Page<LabelledValue>>(valuesKey, (old) => {
      if (!old) return old;
      const rest = old.items.filter(
        (v) => !(v.indicator === saved.indicator && (v.organization ?? '') === (saved.organization ?? '') && !v.category && !v.period),
      );
      return { ...old, items: [...rest, saved] };
    });
  };
  const invalidateDerived = () => {
    void qc.invalidateQueries({ queryKey: qk.values({ municipality: code, year }) });
    void qc.invalidateQueries({ queryKey: ['attainment'] });
    void qc.invalidateQueries({ queryKey: ['attainment-summary'] });
    void qc.invalidateQueries({ queryKey: ['rankings'] });
    void qc.invalidateQueries({ queryKey: ['series'] });
    void qc.invalidateQueries({ queryKey: ['period', code, year] });
    void qc.invalidateQueries({ queryKey: ['yearsWithData', code] });
  };

  /** Saves one cell; 'conflict' stops a save of many (the user chooses first). */
  const saveCell = async (k: string): Promise<'ok' | 'failed' | 'conflict'> => {
    const { organization, indicator } = splitCellKey(k);
    const ind = indicatorOf.get(indicator);
    const draft = drafts[k];
    const before = stored.get(k);
    const built = saveBody({ municipality: code, indicator, organization, year }, before, draft, lang);
    if (!built.ok) {
      setCell(k, { error: built.error === 'required' ? t('entry.required') : t('validation.not_a_number') });
      return 'failed';
    }
    setCell(k, { saving: true });
    try {
      const saved = await saveValue(built.body, before?.version !== undefined ? ifMatchFor(before.version) : undefined);
      applySaved(saved ?? { ...built.body, id: before?.id, version: (before?.version ?? 0) + 1 });
      clearDraft(k);
      setCell(k, {});
      return 'ok';
    } catch (e) {
      return handleError(k, built.body, before, draft, ind, e);
    }
  };

  const handleError = async (
    k: string,
    body: ValueWrite,
    before: Value | undefined,
    draft: Draft,
    ind: Indicator | undefined,
    e: unknown,
  ): Promise<'failed' | 'conflict' | 'ok'> => {
    if (isApiError(e, 412)) {
      const theirs = findTheirs(await fetchCurrent(body).catch(() => [] as Value[]), body);
      if (holdsMyChanges(theirs, before, draft, lang)) {
        applySaved(theirs!);
        clearDraft(k);
        setCell(k, {});
        return 'ok';
      }
      setCell(k, {});
      setConflict({ mine: body, theirs, key: k, indicator: ind ?? { code: body.indicator }, draft } as GridConflict);
      return 'conflict';
    }
    if (isApiError(e, 409)) void qc.invalidateQueries({ queryKey: ['period', code, year] });
    if (e instanceof ApiError) {
      const fields = e.fieldErrors();
      const msg = fields.value ?? (Object.values(fields).join(' ') || e.problem?.detail || e.message);
      setCell(k, { error: msg });
      return 'failed';
    }
    setCell(k, { error: e instanceof Error ? e.message : String(e) });
    return 'failed';
  };

  const saveAll = async () => {
    setBusy(true);
    let ok = 0;
    let failedCount = 0;
    try {
      for (const k of dirty) {
        const r = await saveCell(k);
        if (r === 'ok') ok++;
        else if (r === 'failed') failedCount++;
        else break;
      }
    } finally {
      setBusy(false);
      if (ok > 0) invalidateDerived();
    }
    if (ok > 0) message.success(t('grid.saved', { count: ok }));
    if (failedCount > 0) message.error(t('grid.failed', { count: failedCount }));
  };

  const resolveTheirs = () => {
    if (!conflict) return;
    if (conflict.theirs) applySaved(conflict.theirs);
    else void qc.invalidateQueries({ queryKey: valuesKey });
    clearDraft(conflict.key);
    setConflict(null);
  };
  const resolveOverwrite = async () => {
    if (!conflict) return;
    const { organization, indicator } = splitCellKey(conflict.key);
    const built = saveBody({ municipality: code, indicator, organization, year }, conflict.theirs, conflict.draft, lang);
    if (!built.ok) {
      setConflict(null);
      return;
    }
    setBusy(true);
    try {
      const saved = await saveValue(built.body, conflict.theirs?.version !== undefined ? ifMatchFor(conflict.theirs.version) : undefined);
      applySaved(saved);
      clearDraft(conflict.key);
      invalidateDerived();
      setConflict(null);
    } catch (e) {
      const c = conflict;
      setConflict(null);
      await handleError(c.key, built.body, c.theirs, c.draft, c.indicator, e);
    } finally {
      setBusy(false);
    }
  };

  /** A column copied from a spreadsheet goes down this indicator's column from this school on. */
  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>, rowIndex: number, indicator: string) => {
    const plan = planPaste(e.clipboardData.getData('text/plain'), rowIndex, rows.length);
    if (plan.kind === 'native') return;
    e.preventDefault();
    if (plan.kind === 'refused') {
      message.warning(
        plan.reason === 'columns'
          ? t('entry.paste.columns', { columns: plan.columns })
          : t('entry.paste.tooMany', { count: plan.count, rows: plan.rows }),
      );
      return;
    }
    for (const c of plan.cells) setDraft(cellKey(rows[c.row].code ?? '', indicator), c.input);
    if (plan.cells.length > 1) message.info(t('entry.paste.spread', { count: plan.cells.length }));
  };

  const m = `/municipalities/${encodeURIComponent(code)}`;

  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('grid.title', { name, year })}
        </Typography.Title>
        <Space wrap>
          <YearSelect value={year} onChange={(y) => navigate(`${m}/entry/${y}/schools`)} years={yearOptions(years.years, year)} />
          <Link to={`${m}/entry/${year}`}>
            <Button>{t('grid.toEntry')}</Button>
          </Link>
        </Space>
      </Space>
      <PeriodBanner municipality={code} year={year} />
      {!writable && <Alert type="info" showIcon title={t('entry.readOnlyRole')} style={{ marginBottom: 16 }} />}
      {writable && readOnly && <Alert type="warning" showIcon title={t('entry.readOnlyLocked')} style={{ marginBottom: 16 }} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search
            allowClear
            aria-label={t('schools.search')}
            placeholder={t('schools.search')}
            onSearch={setSearch}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            aria-label={t('ranking.group')}
            placeholder={t('ranking.allSchools')}
            style={{ minWidth: 220 }}
            value={group}
            onChange={setGroup}
            options={(groups.data?.items ?? []).map((g) => ({ value: g.code, label: g.name }))}
          />
          <Tooltip title={t('entry.showAllHint')}>
            <Checkbox checked={showAll} onChange={(e) => setShowAll(e.target.checked)}>
              {t('entry.showAll')}
            </Checkbox>
          </Tooltip>
          {!readOnly && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={dirty.length === 0}
              loading={busy}
              onClick={() => void saveAll()}
              data-testid="grid-save"
            >
              {t('entry.saveAll', { count: dirty.length })}
            </Button>
          )}
        </Space>
      </Card>
      <Typography.Paragraph type="secondary">{t('grid.hint')}</Typography.Paragraph>
      <Table<Organization>
        size="small"
        bordered
        rowKey={(o) => o.code ?? ''}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 240 + 130 * columns.length, y: 'calc(100vh - 320px)' }}
        locale={{ emptyText: columns.length === 0 ? t('grid.noIndicators') : t('schools.none') }}
        onRow={(o) => ({ 'data-testid': `grid-row-${o.code}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        columns={[
          {
            title: t('schools.school'),
            key: 'school',
            fixed: 'left',
            width: 240,
            render: (_, o) => <Link to={`${m}/schools/${encodeURIComponent(o.code ?? '')}?year=${year}`}>{o.name ?? o.code}</Link>,
          },
          ...columns.map((ind) => ({
            key: ind.code,
            width: 130,
            title: (
              <Tooltip title={ind.nameRu}>
                <div>
                  <div>{ind.code}</div>
                  <div className="clamp-2" style={{ fontSize: 11, fontWeight: 'normal', color: '#8c8c8c' }}>
                    {ind.nameRu}
                  </div>
                  {isSchoolYearLabel(year, yearLabel.get(ind.code)) && (
                    <div style={{ fontSize: 11, fontWeight: 'normal', color: '#722ed1' }}>{yearLabel.get(ind.code)}</div>
                  )}
                </div>
              </Tooltip>
            ),
            render: (_: unknown, o: Organization, rowIndex: number) => {
              const k = cellKey(o.code ?? '', ind.code);
              const input = inputOf(k);
              const st = cells[k];
              const err = !parseDecimal(input).ok ? t('validation.not_a_number') : st?.error;
              const changed = isDirty(stored.get(k), drafts[k], lang);
              return (
                <div>
                  <Input
                    size="small"
                    aria-label={t('grid.cellFor', { school: o.name ?? o.code, indicator: ind.nameRu })}
                    aria-invalid={!!err}
                    inputMode="decimal"
                    value={input}
                    disabled={readOnly || st?.saving}
                    status={err ? 'error' : changed ? 'warning' : undefined}
                    suffix={unitSuffix(ind.unit, lang) || undefined}
                    onChange={(e) => setDraft(k, e.target.value)}
                    onPaste={(e) => onPaste(e, rowIndex, ind.code)}
                    onPressEnter={() => {
                      if (!readOnly && changed)
                        void saveCell(k).then((r) => {
                          if (r === 'ok') invalidateDerived();
                        });
                    }}
                    data-testid={`cell-${o.code}-${ind.code}`}
                  />
                  {err && (
                    <div
                      role="alert"
                      style={{ fontSize: 11, color: '#cf1322', lineHeight: 1.2 }}
                      data-testid={`cell-error-${o.code}-${ind.code}`}
                    >
                      {err}
                    </div>
                  )}
                </div>
              );
            },
          })),
        ]}
      />
      <ConflictModal
        conflict={conflict}
        unit={conflict?.indicator.unit}
        decimals={conflict?.indicator.decimals}
        busy={busy}
        onTheirs={resolveTheirs}
        onOverwrite={() => void resolveOverwrite()}
        onCancel={() => setConflict(null)}
      />
      {leavePrompt}
    </div>
  );
}
