import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, Popconfirm, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { LabelledValue, ListedValue, SchoolAttainment } from '../../api/pending';
import type { Attainment, Indicator, Page, Qualifier, TargetBound, Value, ValueWrite } from '../../api/types';
import { ApiError, ifMatchFor, isApiError } from '../../lib/api';
import { renderTarget } from '../../lib/attainment';
import { findTheirs, type Conflict } from '../../lib/conflict';
import { parseDecimal, toInputString } from '../../lib/decimal';
import { formatSigned, formatValue, unitSuffix } from '../../lib/format';
import { useMe } from '../../lib/me';
import { isLocked } from '../../lib/periods';
import { canRead, canWrite, canWriteOrg } from '../../lib/permissions';
import { isSchoolYearLabel } from '../../lib/schoolYear';
import { qk, useIndicators, useMunicipalityName, useOrganizations, usePeriod, useYearsWithData } from '../../lib/queries';
import { PeriodBanner } from '../../lib/ui/PeriodBanner';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { deleteValue, fetchCurrent, saveValue, useOwnIndicatorCodes, useYearTargets, useYearValues } from './api';
import { computedRule } from './computed';
import { ConflictModal } from '../../lib/ui/ConflictModal';
import { useLeavePrompt } from '../../lib/ui/LeavePrompt';
import { holdsMyChanges, isDirty as draftIsDirty, planPaste, saveBody, type Draft } from '../../lib/valueDraft';

const QUALIFIERS: Qualifier[] = ['exact', 'approx', 'at_least', 'at_most'];
/** Fields the grid shows as cells; the server's errors on other fields go under the row. */
const CELL_FIELDS = new Set(['value', 'qualifier', 'comment']);

interface RowState {
  saving?: boolean;
  /** The server's 422 field errors (problem+json `errors[]`) by field. */
  fieldErrors?: Record<string, string>;
  error?: string;
}

/** A conflict on save, with the draft that caused it (an overwrite applies it on top of theirs). */
type EntryConflict = Conflict & { code: string; indicator: Indicator; draft: Draft | undefined };

interface Row {
  /** The indicator's code (rows are only built for indicators that have one). */
  code: string;
  indicator: Indicator;
  stored: Value | undefined;
  target: TargetBound | null;
  /** The server's attainment row (status, deviation, score) for this indicator and scope. */
  attainment: Attainment | undefined;
}

export default function EntryPage() {
  // `org` in the path: one school's form (its coordinator's view), the organization fixed.
  const { code = '', year: yearParam, org: fixedOrg } = useParams();
  const year = Number(yearParam);
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const name = useMunicipalityName(code);
  const years = useYearsWithData(code, fixedOrg);
  const [org, setOrg] = useState<string | undefined>(fixedOrg);
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [rowState, setRowState] = useState<Record<string, RowState>>({});
  const [conflict, setConflict] = useState<EntryConflict | null>(null);
  const [conflictBusy, setConflictBusy] = useState(false);

  const indicators = useIndicators({ status: 'active' });
  const values = useYearValues(code, year, fixedOrg);
  const targets = useYearTargets(code, year, fixedOrg);
  const own = useOwnIndicatorCodes(code, year, fixedOrg);
  const ownCodes = own.codes;
  const readsMunicipality = canRead(me, code);
  const orgs = useOrganizations(readsMunicipality ? code : undefined);
  const period = usePeriod(code, year);
  const writable = fixedOrg ? canWriteOrg(me, code, fixedOrg) : canWrite(me, code);
  const locked = isLocked(period.data?.state);
  const readOnly = !writable || locked;
  const valuesKey = qk.values({ municipality: code, year, organization: fixedOrg });
  const m = `/municipalities/${encodeURIComponent(code)}`;
  const schoolPath = fixedOrg ? `${m}/schools/${encodeURIComponent(fixedOrg)}` : undefined;

  /** Every row of the chosen level (edits are kept while a search or the catalogue switch hides a row). */
  const allRows: Row[] = useMemo(() => {
    const level = org ? 'organization' : 'municipality';
    const stored = (values.data?.items ?? []).filter((v) => (v.organization ?? undefined) === org && !v.category && !v.period);
    const tgs = (targets.data?.items ?? []).filter((x) => (x.organization ?? undefined) === org);
    const att = (own.data?.items ?? []).filter((a) => (a.organization ?? undefined) === org);
    const collator = new Intl.Collator('ru', { numeric: true });
    return (indicators.data?.items ?? [])
      .filter((i) => i.level === level)
      .filter((i): i is Indicator & { code: string } => !!i.code)
      .sort((a, b) => collator.compare(a.area ?? '', b.area ?? '') || collator.compare(a.code, b.code))
      .map((i) => {
        const tg = tgs.find((x) => x.indicator === i.code);
        const row = att.find((a) => a.indicator === i.code && !(a as SchoolAttainment).category);
        return {
          code: i.code,
          indicator: i,
          stored: stored.find((v) => v.indicator === i.code),
          // a school's target may be the municipality's target for every school (organization *): attainment has it
          target: tg ? { comparator: tg.comparator, value: tg.value, valueTo: tg.valueTo } : (row?.target ?? null),
          attainment: row,
        };
      });
  }, [indicators.data, values.data, targets.data, own.data, org]);

  const rows: Row[] = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (
      allRows
        // The catalogue holds every municipality's indicators; show this one's unless asked for all.
        .filter((r) => showAll || !ownCodes || ownCodes.has(r.code))
        .filter((r) => !q || (r.indicator.nameRu ?? '').toLowerCase().includes(q) || r.code.toLowerCase().includes(q))
    );
  }, [allRows, search, showAll, ownCodes]);

  const isDirty = (r: Row) => draftIsDirty(r.stored, drafts[r.code], lang);
  const dirtyCount = allRows.filter(isDirty).length;

  const leavePrompt = useLeavePrompt(dirtyCount);

  if (!Number.isInteger(year) || year < 1900 || year > 2200) return <ErrorState error={new Error(t('entry.badYear'))} />;
  if (indicators.isLoading || values.isLoading || own.isLoading) return <Loading />;
  if (indicators.error) return <ErrorState error={indicators.error} onRetry={() => indicators.refetch()} />;
  if (values.error) return <ErrorState error={values.error} onRetry={() => values.refetch()} />;

  /** The server's label of the year for this indicator ("2019/20" for a school year), from its value or attainment row. */
  const yearLabelOf = (r: Row) =>
    (r.stored as LabelledValue | undefined)?.yearLabel ?? (r.attainment as SchoolAttainment | undefined)?.yearLabel;
  /** A derived indicator's row: computed by its rule, never entered (its rule's code), else undefined. */
  const computedOf = (r: Row) => computedRule(r.indicator, r.stored as ListedValue | undefined);
  const rowReadOnly = (r: Row) => readOnly || computedOf(r) !== undefined;
  const inputOf = (r: Row) => drafts[r.code]?.input ?? toInputString(r.stored?.value, lang);
  const qualifierOf = (r: Row): Qualifier => drafts[r.code]?.qualifier ?? r.stored?.qualifier ?? 'exact';
  const commentOf = (r: Row) => drafts[r.code]?.comment ?? r.stored?.comment ?? '';
  /** Only turns the typed text into a number; whether it fits the indicator is the server's answer on save. */
  const notANumber = (r: Row) => !parseDecimal(inputOf(r)).ok;
  const keyOf = (r: Row) => ({ municipality: code, indicator: r.code, organization: org, year });
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
      const rest = old.items.filter(
        (v) => !(v.indicator === saved.indicator && (v.organization ?? null) === (saved.organization ?? null) && !v.category && !v.period),
      );
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

  const handleError = async (r: Row, body: ValueWrite, draft: Draft | undefined, e: unknown) => {
    const c = r.code;
    if (isApiError(e, 412)) {
      const current = await fetchCurrent(body).catch(() => [] as Value[]);
      const theirs = findTheirs(current, body);
      if (holdsMyChanges(theirs, r.stored, draft, lang)) {
        applySaved(theirs!);
        clearDraft(c);
        setRow(c, {});
        return;
      }
      setRow(c, {});
      setConflict({ mine: body, theirs, code: r.code, indicator: r.indicator, draft });
      return;
    }
    if (isApiError(e, 409)) {
      void qc.invalidateQueries({ queryKey: ['period', code, year] });
      setRow(c, { error: (e as ApiError).problem?.detail || t('entry.lockedError') });
      return;
    }
    if (e instanceof ApiError) {
      const fieldErrors = e.fieldErrors();
      // the detail repeats a field error: show it only when no field carries the message
      const error = Object.keys(fieldErrors).length > 0 ? undefined : e.problem?.detail || e.message;
      setRow(c, { fieldErrors, error });
      return;
    }
    setRow(c, { error: e instanceof Error ? e.message : String(e) });
  };

  const saveRow = async (r: Row): Promise<boolean> => {
    const c = r.code;
    const draft = drafts[c];
    const built = saveBody(keyOf(r), r.stored, draft, lang);
    if (!built.ok) {
      setRow(c, { fieldErrors: { value: built.error === 'required' ? t('entry.required') : t('validation.not_a_number') } });
      return false;
    }
    const body = built.body;
    setRow(c, { saving: true });
    try {
      const saved = await saveValue(body, r.stored?.version !== undefined ? ifMatchFor(r.stored.version) : undefined);
      applySaved(saved ?? { ...body, id: r.stored?.id, version: (r.stored?.version ?? 0) + 1 });
      clearDraft(c);
      setRow(c, {});
      message.success(t('entry.saved', { code: c }));
      return true;
    } catch (e) {
      await handleError(r, body, draft, e);
      return false;
    }
  };

  const saveAll = async () => {
    for (const r of allRows.filter(isDirty)) {
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

  /** Overwrite: my changes on top of what they saved (the fields I did not touch keep theirs). */
  const resolveOverwrite = async () => {
    if (!conflict) return;
    const r = allRows.find((x) => x.code === conflict.code);
    const built = r ? saveBody(keyOf(r), conflict.theirs, conflict.draft, lang) : undefined;
    if (!r || !built?.ok) {
      setConflict(null);
      return;
    }
    const body = built.body;
    const ifMatch = conflict.theirs?.version !== undefined ? ifMatchFor(conflict.theirs.version) : undefined;
    setConflictBusy(true);
    try {
      const saved = await saveValue(body, ifMatch);
      applySaved(saved);
      clearDraft(conflict.code);
      setConflict(null);
      message.success(t('entry.saved', { code: conflict.code }));
    } catch (e) {
      setConflict(null);
      await handleError({ ...r, stored: conflict.theirs }, body, conflict.draft, e);
    } finally {
      setConflictBusy(false);
    }
  };

  /** A column copied from a spreadsheet goes over this cell and those below; never into one number. */
  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>, r: Row) => {
    const start = rows.findIndex((x) => x.code === r.code);
    const plan = planPaste(e.clipboardData.getData('text/plain'), start, rows.length);
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
    for (const cell of plan.cells) if (!rowReadOnly(rows[cell.row])) setDraft(rows[cell.row].code, { input: cell.input });
    if (plan.cells.length > 1) message.info(t('entry.paste.spread', { count: plan.cells.length }));
  };

  const changeOrg = (v: string) => {
    const apply = () => {
      setOrg(v || undefined);
      setDrafts({});
      setRowState({});
    };
    if (dirtyCount === 0) apply();
    else
      modal.confirm({
        title: t('entry.leave.title'),
        content: t('entry.leave.message', { count: dirtyCount }),
        okText: t('entry.leave.go'),
        cancelText: t('entry.leave.stay'),
        onOk: apply,
      });
  };

  /** The status the server computed; an edited row is not saved yet, so it has none to show. */
  const statusCell = (r: Row) => {
    if (isDirty(r)) {
      return (
        <Tag data-testid={`entry-status-${r.code}`} data-status="unsaved">
          {t('entry.unsaved')}
        </Tag>
      );
    }
    const a = r.attainment;
    // just saved: the attainment rows are being fetched again
    if (own.isFetching && (a?.fact ?? null) !== (r.stored?.value ?? null))
      return <Spin size="small" aria-label={t('entry.statusUpdating')} />;
    if (!a) return <span aria-hidden>—</span>;
    const details = [
      a.deviation !== undefined && a.deviation !== null
        ? `${t('dashboard.deviation')}: ${formatSigned(a.deviation, a.decimals, lang)}`
        : null,
      a.score !== undefined && a.score !== null ? `${t('entry.score')}: ${formatValue(a.score, null, 1, lang)}` : null,
    ].filter(Boolean);
    return (
      <div>
        <StatusTag status={a.status} testId={`entry-status-${r.code}`} />
        {details.length > 0 && (
          <div style={{ fontSize: 12, color: '#8c8c8c' }} data-testid={`entry-deviation-${r.code}`}>
            {details.join(' · ')}
          </div>
        )}
      </div>
    );
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {fixedOrg
            ? t('entry.schoolTitle', {
                name: orgs.data?.items.find((o) => o.code === fixedOrg)?.name ?? own.data?.items[0]?.organizationName ?? fixedOrg,
                year,
              })
            : t('entry.title', { name, year })}
        </Typography.Title>
        <Space wrap>
          <YearSelect value={year} onChange={(y) => navigate(`${schoolPath ?? m}/entry/${y}`)} years={yearOptions(years.years, year)} />
          {!fixedOrg && (
            <Link to={`${m}/entry/${year}/schools`}>
              <Button data-testid="entry-grid-link">{t('entry.toGrid')}</Button>
            </Link>
          )}
          <Link to={`${schoolPath ?? m}?year=${year}`}>
            <Button>{fixedOrg ? t('entry.toSchool') : t('entry.toDashboard')}</Button>
          </Link>
        </Space>
      </Space>
      <PeriodBanner municipality={code} year={year} />
      {!writable && <Alert type="info" showIcon title={t('entry.readOnlyRole')} style={{ marginBottom: 16 }} />}
      {writable && locked && (
        <Alert type="warning" showIcon title={t('entry.readOnlyLocked')} style={{ marginBottom: 16 }} data-testid="locked-banner" />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          {!fixedOrg && (
            <Select
              aria-label={t('entry.scope')}
              style={{ minWidth: 280 }}
              value={org ?? ''}
              onChange={changeOrg}
              loading={orgs.isLoading}
              showSearch={{ optionFilterProp: 'label' }}
              options={[
                { value: '', label: t('entry.wholeMunicipality') },
                ...(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: o.name })),
              ]}
            />
          )}
          <Input.Search
            allowClear
            aria-label={t('dashboard.search')}
            placeholder={t('dashboard.search')}
            onSearch={setSearch}
            style={{ width: 240 }}
          />
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
                {readsMunicipality ? (
                  <Link to={`${m}/indicators/${encodeURIComponent(r.code)}`}>{r.indicator.nameRu}</Link>
                ) : (
                  r.indicator.nameRu
                )}
                {computedOf(r) !== undefined && (
                  <Tooltip title={t('entry.computedHint', { rule: computedOf(r) })}>
                    <Tag color="blue" style={{ marginLeft: 6 }} data-testid={`entry-computed-${r.code}`}>
                      {t('entry.computed')}
                    </Tag>
                  </Tooltip>
                )}
                {isSchoolYearLabel(year, yearLabelOf(r)) && (
                  <Tag color="purple" style={{ marginLeft: 6 }} data-testid={`entry-year-label-${r.code}`}>
                    {yearLabelOf(r)}
                  </Tag>
                )}
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
              const parseErr = notANumber(r) ? t('validation.not_a_number') : undefined;
              const err = parseErr ?? rowState[r.code]?.fieldErrors?.value;
              const id = `value-${r.code}`;
              return (
                <div>
                  <Input
                    id={id}
                    aria-label={t('entry.valueFor', { name: r.indicator.nameRu })}
                    aria-invalid={!!err}
                    aria-describedby={`${id}-help`}
                    inputMode="decimal"
                    value={input}
                    disabled={rowReadOnly(r)}
                    status={err ? 'error' : undefined}
                    suffix={unitSuffix(r.indicator.unit, lang) || undefined}
                    onChange={(e) => setDraft(r.code, { input: e.target.value })}
                    onPaste={(e) => onPaste(e, r)}
                    onPressEnter={() => !rowReadOnly(r) && isDirty(r) && void saveRow(r)}
                    data-testid={`value-input-${r.code}`}
                  />
                  <div
                    id={`${id}-help`}
                    role={err ? 'alert' : undefined}
                    style={{ fontSize: 12, color: '#cf1322' }}
                    data-testid={`value-error-${r.code}`}
                  >
                    {err}
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
              <div>
                <Select
                  aria-label={t('entry.qualifierFor', { name: r.indicator.nameRu })}
                  value={qualifierOf(r)}
                  disabled={rowReadOnly(r)}
                  style={{ width: '100%' }}
                  status={rowState[r.code]?.fieldErrors?.qualifier ? 'error' : undefined}
                  onChange={(v) => setDraft(r.code, { qualifier: v })}
                  options={QUALIFIERS.map((q) => ({ value: q, label: t(`qualifier.${q}`) }))}
                />
                {rowState[r.code]?.fieldErrors?.qualifier && (
                  <div style={{ color: '#cf1322', fontSize: 12 }}>{rowState[r.code]?.fieldErrors?.qualifier}</div>
                )}
              </div>
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
                  disabled={rowReadOnly(r)}
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
            render: (_, r) => statusCell(r),
          },
          {
            title: <span className="sr-only">{t('common.actions')}</span>,
            key: 'actions',
            width: 88,
            fixed: 'right',
            render: (_, r) => {
              const st = rowState[r.code];
              const others = Object.entries(st?.fieldErrors ?? {}).filter(([f]) => !CELL_FIELDS.has(f));
              return (
                <div>
                  {!rowReadOnly(r) && (
                    <Space size={4}>
                      <Tooltip title={t('common.save')}>
                        <Button
                          type={isDirty(r) ? 'primary' : 'default'}
                          icon={<SaveOutlined />}
                          aria-label={t('entry.saveFor', { name: r.indicator.nameRu })}
                          loading={st?.saving}
                          disabled={!isDirty(r) || notANumber(r)}
                          onClick={() => void saveRow(r)}
                          data-testid={`save-${r.code}`}
                        />
                      </Tooltip>
                      {r.stored && (
                        <Popconfirm
                          title={t('entry.deleteConfirm')}
                          okText={t('common.delete')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => remove(r)}
                        >
                          <Button icon={<DeleteOutlined />} aria-label={t('entry.deleteFor', { name: r.indicator.nameRu })} danger />
                        </Popconfirm>
                      )}
                    </Space>
                  )}
                  {(st?.error || others.length > 0) && (
                    <div role="alert" style={{ color: '#cf1322', fontSize: 12 }} data-testid={`row-error-${r.code}`}>
                      {st?.error}
                      {others.map(([f, m]) => (
                        <div key={f}>{m}</div>
                      ))}
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
      {leavePrompt}
    </div>
  );
}
