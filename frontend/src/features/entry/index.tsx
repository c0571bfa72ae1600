import { DeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Descriptions, Input, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ListedValue, SchoolAttainment } from '../../api/pending';
import type { Attainment, Indicator, TargetBound, Value } from '../../api/types';
import { renderTarget } from '../../lib/attainment';
import { formatValue, unitSuffix } from '../../lib/format';
import { useMe } from '../../lib/me';
import { isLocked } from '../../lib/periods';
import { canRead, canWrite, canWriteOrg } from '../../lib/permissions';
import { qk, useIndicators, useMunicipalityName, useOrganizations, usePeriod, useYearsWithData } from '../../lib/queries';
import { useLeavePrompt } from '../../lib/ui/LeavePrompt';
import { PeriodBanner } from '../../lib/ui/PeriodBanner';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { deleteValue } from '../../lib/values';
import { ValueGrid, type ValueGridColumn } from '../../lib/entryGrid/ValueGrid';
import {
  cellText,
  isChanged,
  keyString,
  localProblem,
  storedByKey,
  type CellTarget,
  type CellValueKey,
  type GridView,
} from '../../lib/entryGrid/model';
import { GridToolbar } from '../../lib/entryGrid/GridToolbar';
import { useBatchEntry } from '../../lib/entryGrid/useBatchEntry';
import { useOwnIndicatorCodes, useYearTargets, useYearValues } from './api';
import { computedRule } from './computed';

type CodedIndicator = Indicator & { code: string };

/** A row of the grid: an indicator's annual total, or one of its categories. */
interface Row {
  key: string;
  indicator: CodedIndicator;
  category: string;
  categoryLabel: string;
  target: TargetBound | null;
  attainment: Attainment | undefined;
  /** A derived indicator's row: the rule its figure is computed by (read-only cells), else undefined. */
  computed?: string;
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
  const [view, setView] = useState<GridView>('all');
  const [selected, setSelected] = useState<string | undefined>(undefined);

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
  const m = `/municipalities/${encodeURIComponent(code)}`;
  const schoolPath = fixedOrg ? `${m}/schools/${encodeURIComponent(fixedOrg)}` : undefined;

  const stored = useMemo(
    () => storedByKey((values.data?.items ?? []).filter((v) => (v.organization ?? undefined) === org)),
    [values.data, org],
  );

  /** Every row of the chosen level: each indicator's total, then a row per category it has or has values for. */
  const allRows: Row[] = useMemo(() => {
    const level = org ? 'organization' : 'municipality';
    const tgs = (targets.data?.items ?? []).filter((x) => (x.organization ?? undefined) === org && !x.category);
    const att = (own.data?.items ?? []).filter((a) => (a.organization ?? undefined) === org);
    const storedCategories = new Map<string, Map<string, string>>();
    const storedTotals = new Map<string, ListedValue>();
    for (const v of values.data?.items ?? []) {
      if ((v.organization ?? undefined) !== org || v.period || !v.indicator) continue;
      if (!v.category) storedTotals.set(v.indicator, v);
      if (!v.category) continue;
      const cats = storedCategories.get(v.indicator) ?? new Map<string, string>();
      cats.set(v.category, v.categoryLabel || v.category);
      storedCategories.set(v.indicator, cats);
    }
    const collator = new Intl.Collator('ru', { numeric: true });
    const out: Row[] = [];
    (indicators.data?.items ?? [])
      .filter((i): i is CodedIndicator => !!i.code && i.level === level)
      .sort((a, b) => collator.compare(a.area ?? '', b.area ?? '') || collator.compare(a.code, b.code))
      .forEach((i) => {
        const tg = tgs.find((x) => x.indicator === i.code);
        const row = att.find((a) => a.indicator === i.code && !(a as SchoolAttainment).category);
        out.push({
          key: keyString({ indicator: i.code, organization: org, category: '' }),
          indicator: i,
          category: '',
          categoryLabel: '',
          // a school's target may be the municipality's target for every school (organization *): attainment has it
          target: tg ? { comparator: tg.comparator, value: tg.value, valueTo: tg.valueTo } : (row?.target ?? null),
          attainment: row,
          computed: computedRule(i, storedTotals.get(i.code)),
        });
        const cats = new Map<string, string>();
        for (const c of i.categories ?? []) cats.set(c, c);
        for (const [c, label] of storedCategories.get(i.code) ?? []) cats.set(c, label);
        for (const [c, label] of cats)
          out.push({
            key: keyString({ indicator: i.code, organization: org, category: c }),
            indicator: i,
            category: c,
            categoryLabel: label,
            target: null,
            attainment: undefined,
          });
      });
    return out;
  }, [indicators.data, values.data, targets.data, own.data, org]);

  const rowByKey = useMemo(() => new Map(allRows.map((r) => [r.key, r])), [allRows]);
  const keyOf = useCallback(
    (key: string): CellValueKey | undefined => {
      const r = rowByKey.get(key);
      return r ? { municipality: code, indicator: r.indicator.code, organization: org, year, category: r.category } : undefined;
    },
    [rowByKey, code, org, year],
  );

  const entry = useBatchEntry({ stored, keyOf, lang, enabled: !readOnly });
  const { drafts, errors } = entry;
  const changed = useMemo(() => new Set(entry.changedKeys), [entry.changedKeys]);
  const leavePrompt = useLeavePrompt(entry.changedKeys.length);

  const problemOf = useCallback(
    (r: Row): string | undefined => {
      const local = localProblem(stored.get(r.key), drafts[r.key], lang);
      if (local === 'not_a_number') return t('validation.not_a_number');
      if (local === 'emptied') return t('entryGrid.emptied');
      const e = errors[r.key];
      return e ? Object.values(e.fields).join(' ') : undefined;
    },
    [stored, drafts, errors, lang, t],
  );

  const rows: Row[] = useMemo(() => {
    const q = search.trim().toLowerCase();
    return allRows
      .filter((r) => showAll || !ownCodes || ownCodes.has(r.indicator.code) || changed.has(r.key))
      .filter((r) => !q || (r.indicator.nameRu ?? '').toLowerCase().includes(q) || r.indicator.code.toLowerCase().includes(q))
      .filter((r) => {
        if (view === 'empty') return !stored.has(r.key) && !(drafts[r.key]?.input ?? '').trim();
        if (view === 'changed') return changed.has(r.key);
        if (view === 'errors') return !!errors[r.key] || !!localProblem(stored.get(r.key), drafts[r.key], lang);
        return true;
      });
  }, [allRows, search, showAll, ownCodes, view, stored, drafts, errors, changed, lang]);

  const stateOf = useCallback(
    (r: Row, field: CellTarget['field']): 'error' | 'conflict' | 'changed' | undefined => {
      const e = errors[r.key];
      if (e?.conflict) return 'conflict';
      const fieldName = field === 'input' ? 'value' : field;
      if (field === 'input' && localProblem(stored.get(r.key), drafts[r.key], lang)) return 'error';
      if (e && (fieldName in e.fields || (field === 'input' && Object.keys(e.fields).some((f) => !['qualifier', 'comment'].includes(f)))))
        return 'error';
      const d = drafts[r.key];
      if (d && d[field] !== undefined && isChanged(stored.get(r.key), { [field]: d[field] }, lang)) return 'changed';
      return undefined;
    },
    [errors, stored, drafts, lang],
  );

  const columns: ValueGridColumn<Row>[] = useMemo(
    () => [
      { id: 'code', title: t('entryGrid.code'), width: 120, text: (r) => (r.category ? '' : r.indicator.code) },
      {
        id: 'name',
        title: t('dashboard.indicator'),
        width: 380,
        text: (r) =>
          r.category
            ? `   ↳ ${r.categoryLabel}`
            : `${r.indicator.nameRu ?? ''}${r.computed !== undefined ? ` · ${t('entry.computed')}` : ''}`,
      },
      {
        id: 'target',
        title: t('dashboard.target'),
        width: 100,
        numeric: true,
        text: (r) => (r.target ? renderTarget(r.target, r.indicator.unit, r.indicator.decimals, lang) : ''),
      },
      {
        id: 'value',
        title: t('entry.value'),
        width: 120,
        numeric: true,
        target: (r) => (r.computed === undefined ? { key: r.key, field: 'input' } : undefined),
        text: (r) => cellText(stored.get(r.key), drafts[r.key], 'input', lang),
        state: (r) => stateOf(r, 'input'),
      },
      { id: 'unit', title: t('entryGrid.unit'), width: 64, text: (r) => unitSuffix(r.indicator.unit, lang) ?? '' },
      {
        id: 'qualifier',
        title: t('entry.qualifier'),
        width: 130,
        target: (r) => (r.computed === undefined ? { key: r.key, field: 'qualifier' } : undefined),
        text: (r) => {
          const q = cellText(stored.get(r.key), drafts[r.key], 'qualifier', lang);
          return i18n.exists(`qualifier.${q}`) ? t(`qualifier.${q}`) : q;
        },
        state: (r) => stateOf(r, 'qualifier'),
      },
      {
        id: 'comment',
        title: t('entry.comment'),
        width: 220,
        target: (r) => (r.computed === undefined ? { key: r.key, field: 'comment' } : undefined),
        text: (r) => cellText(stored.get(r.key), drafts[r.key], 'comment', lang),
        state: (r) => stateOf(r, 'comment'),
      },
      {
        id: 'status',
        title: t('dashboard.status'),
        width: 130,
        text: (r) => {
          if (errors[r.key]?.conflict) return t('entryGrid.conflict');
          if (problemOf(r)) return t('entryGrid.error');
          if (changed.has(r.key)) return t('entry.unsaved');
          const a = r.attainment;
          if (a?.status) return t(`status.${a.status}`);
          return r.computed !== undefined ? t('entry.computed') : '';
        },
      },
      { id: 'problem', title: t('entryGrid.problem'), width: 420, text: (r) => problemOf(r) ?? '' },
    ],
    [t, i18n, lang, stored, drafts, errors, changed, stateOf, problemOf],
  );

  const invalidate = () => {
    void qc.invalidateQueries({ queryKey: qk.values({ municipality: code, year, organization: fixedOrg }) });
    void qc.invalidateQueries({ queryKey: ['values'] });
    void qc.invalidateQueries({ queryKey: ['attainment'] });
    void qc.invalidateQueries({ queryKey: ['attainment-summary'] });
    void qc.invalidateQueries({ queryKey: ['series'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
    void qc.invalidateQueries({ queryKey: ['period', code, year] });
    void qc.invalidateQueries({ queryKey: ['yearsWithData', code] });
  };

  const save = async () => {
    const r = await entry.save();
    if (r.kind === 'saved') {
      message.success(t('entryGrid.saved', { count: r.changed }));
      invalidate();
    } else if (r.kind === 'refused') {
      message.error(r.detail);
      // a conflict: show what the others saved beside my figures
      if (r.status === 412) void qc.invalidateQueries({ queryKey: ['values'] });
      if (r.status === 409) void qc.invalidateQueries({ queryKey: ['period', code, year] });
      setView('errors');
    }
  };

  const changeOrg = (v: string) => {
    const apply = () => {
      setOrg(v || undefined);
      entry.discard();
    };
    if (entry.changedKeys.length === 0) apply();
    else
      modal.confirm({
        title: t('entry.leave.title'),
        content: t('entry.leave.message', { count: entry.changedKeys.length }),
        okText: t('entry.leave.go'),
        cancelText: t('entry.leave.stay'),
        onOk: apply,
      });
  };

  const onCellSelected = useCallback((r: Row | undefined) => setSelected(r?.key), []);
  const onPasteSkipped = useCallback((n: number) => message.warning(t('entryGrid.pasteSkipped', { count: n })), [message, t]);

  if (!Number.isInteger(year) || year < 1900 || year > 2200) return <ErrorState error={new Error(t('entry.badYear'))} />;
  if (indicators.isLoading || values.isLoading || own.isLoading) return <Loading />;
  if (indicators.error) return <ErrorState error={indicators.error} onRetry={() => indicators.refetch()} />;
  if (values.error) return <ErrorState error={values.error} onRetry={() => values.refetch()} />;

  const sel = selected ? rowByKey.get(selected) : undefined;
  const selStored = sel ? stored.get(sel.key) : undefined;
  const selErrors = sel ? errors[sel.key] : undefined;

  const remove = async (v: Value) => {
    try {
      await deleteValue(v);
      if (sel) entry.discard([sel.key]);
      invalidate();
      message.success(t('entryGrid.deleted'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
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
          <GridToolbar
            view={view}
            onView={setView}
            entry={entry}
            readOnly={readOnly}
            onSave={() => void save()}
            testIds={{ view: 'entry-view', undo: 'entry-undo', save: 'save-all' }}
          />
        </Space>
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('entryGrid.hint')}
      </Typography.Paragraph>
      {rows.length === 0 ? (
        <Alert type="info" title={t('entry.noIndicators')} />
      ) : (
        <ValueGrid<Row>
          testId="entry-grid"
          rows={rows}
          columns={columns}
          readOnly={readOnly}
          freezeColumns={2}
          height="calc(100vh - 360px)"
          onEdits={entry.edit}
          onUndo={entry.undo}
          onCellSelected={onCellSelected}
          onPasteSkipped={onPasteSkipped}
        />
      )}
      {sel && (
        <Card size="small" style={{ marginTop: 12 }} data-testid="entry-selected">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('dashboard.indicator')}>
              {readsMunicipality ? (
                <Link to={`${m}/indicators/${encodeURIComponent(sel.indicator.code)}`}>{sel.indicator.nameRu}</Link>
              ) : (
                sel.indicator.nameRu
              )}
              {sel.category && <Tag style={{ marginLeft: 6 }}>{sel.categoryLabel}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('entryGrid.area')}>{sel.indicator.area}</Descriptions.Item>
            <Descriptions.Item label={t('entryGrid.stored')}>
              {selStored
                ? `${formatValue(selStored.value, sel.indicator.unit, sel.indicator.decimals, lang)} · ${selStored.updatedBy ?? ''} ${
                    selStored.updatedAt ? new Date(selStored.updatedAt).toLocaleString(lang) : ''
                  }`
                : '—'}
            </Descriptions.Item>
          </Descriptions>
          {sel.computed !== undefined && (
            <Alert type="info" showIcon data-testid="entry-computed" title={t('entry.computedHint', { rule: sel.computed })} />
          )}
          {selErrors && (
            <Alert
              type={selErrors.conflict ? 'warning' : 'error'}
              showIcon
              data-testid="entry-selected-errors"
              title={Object.values(selErrors.fields).join(' ')}
              action={
                selErrors.conflict ? (
                  <Space>
                    <Button size="small" onClick={() => entry.keepMine(sel.key)} data-testid="conflict-keep-mine">
                      {t('entryGrid.keepMine')}
                    </Button>
                    <Button size="small" onClick={() => entry.discard([sel.key])} data-testid="conflict-take-theirs">
                      {t('entryGrid.takeTheirs')}
                    </Button>
                  </Space>
                ) : undefined
              }
            />
          )}
          {!readOnly && selStored?.id && (
            <Popconfirm
              title={t('entry.deleteConfirm')}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              onConfirm={() => remove(selStored)}
            >
              <Button danger size="small" icon={<DeleteOutlined />} style={{ marginTop: 8 }}>
                {t('entry.deleteFor', { name: sel.indicator.nameRu })}
              </Button>
            </Popconfirm>
          )}
        </Card>
      )}
      {leavePrompt}
    </div>
  );
}
