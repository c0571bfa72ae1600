import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, Select, Space, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Indicator, Organization } from '../../api/types';
import { ValueGrid, type ValueGridColumn } from '../../lib/entryGrid/ValueGrid';
import { cellText, isChanged, keyString, localProblem, storedByKey, type CellValueKey, type GridView } from '../../lib/entryGrid/model';
import { GridToolbar } from '../../lib/entryGrid/GridToolbar';
import { useBatchEntry } from '../../lib/entryGrid/useBatchEntry';
import { unitSuffix } from '../../lib/format';
import { useMe } from '../../lib/me';
import { isLocked } from '../../lib/periods';
import { canWrite } from '../../lib/permissions';
import { qk, useGroups, useIndicators, useMunicipalityName, useOrganizations, usePeriod, useYearsWithData } from '../../lib/queries';
import { isSchoolYearLabel } from '../../lib/schoolYear';
import { useLeavePrompt } from '../../lib/ui/LeavePrompt';
import { PeriodBanner } from '../../lib/ui/PeriodBanner';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { useGridValues, useOwnCodes } from './api';
import { columnYearLabels } from './model';

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
  const [search, setSearch] = useState('');
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [showAll, setShowAll] = useState(false);
  const [view, setView] = useState<GridView>('all');
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const writable = canWrite(me, code);
  const readOnly = !writable || isLocked(period.data?.state);

  // the schools' annual totals (the municipality's own rows and categories are the entry page's)
  const stored = useMemo(() => storedByKey((values.data?.items ?? []).filter((v) => !!v.organization && !v.category)), [values.data]);
  const yearLabel = useMemo(() => columnYearLabels(values.data?.items ?? []), [values.data]);
  const allColumns: CodedIndicator[] = useMemo(() => {
    const collator = new Intl.Collator('ru', { numeric: true });
    return (indicators.data?.items ?? [])
      .filter((i): i is CodedIndicator => !!i.code && i.level === 'organization' && !i.derived)
      .sort((a, b) => collator.compare(a.code, b.code));
  }, [indicators.data]);
  const indicatorOf = useMemo(() => new Map(allColumns.map((i) => [i.code, i])), [allColumns]);
  const shownIndicators = useMemo(
    () => allColumns.filter((i) => showAll || !own.codes || own.codes.has(i.code)),
    [allColumns, showAll, own.codes],
  );
  const allRows: Organization[] = useMemo(() => orgs.data?.items ?? [], [orgs.data]);

  const keyOf = useCallback(
    (key: string): CellValueKey | undefined => {
      const [indicator, organization] = key.split('\u0000');
      return indicatorOf.has(indicator) ? { municipality: code, indicator, organization, year } : undefined;
    },
    [indicatorOf, code, year],
  );
  const entry = useBatchEntry({ stored, keyOf, lang, enabled: !readOnly });
  const { drafts, errors } = entry;
  const changed = useMemo(() => new Set(entry.changedKeys), [entry.changedKeys]);
  const leavePrompt = useLeavePrompt(entry.changedKeys.length);

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const members = group ? new Set(groups.data?.items.find((g) => g.code === group)?.organizations ?? []) : undefined;
    const keysOf = (o: Organization) => shownIndicators.map((i) => keyString({ indicator: i.code, organization: o.code ?? '' }));
    return allRows
      .filter(
        (o) => (!members || members.has(o.code ?? '')) && (!q || (o.name ?? '').toLowerCase().includes(q) || (o.code ?? '').includes(q)),
      )
      .filter((o) => {
        if (view === 'empty') return keysOf(o).some((k) => !stored.has(k) && !(drafts[k]?.input ?? '').trim());
        if (view === 'changed') return keysOf(o).some((k) => changed.has(k));
        if (view === 'errors') return keysOf(o).some((k) => !!errors[k] || !!localProblem(stored.get(k), drafts[k], lang));
        return true;
      });
  }, [allRows, search, group, groups.data, view, shownIndicators, stored, drafts, changed, errors, lang]);

  const columns: ValueGridColumn<Organization>[] = useMemo(
    () => [
      { id: 'school', title: t('schools.school'), width: 260, text: (o) => o.name ?? o.code ?? '' },
      ...shownIndicators.map((ind): ValueGridColumn<Organization> => ({
        id: ind.code,
        title: `${ind.code}${unitSuffix(ind.unit, lang) ? `, ${unitSuffix(ind.unit, lang)}` : ''}${
          isSchoolYearLabel(year, yearLabel.get(ind.code)) ? ` (${yearLabel.get(ind.code)})` : ''
        }`,
        width: 130,
        numeric: true,
        target: (o) => ({ key: keyString({ indicator: ind.code, organization: o.code ?? '' }), field: 'input' }),
        text: (o) => {
          const k = keyString({ indicator: ind.code, organization: o.code ?? '' });
          return cellText(stored.get(k), drafts[k], 'input', lang);
        },
        state: (o) => {
          const k = keyString({ indicator: ind.code, organization: o.code ?? '' });
          if (errors[k]?.conflict) return 'conflict';
          if (errors[k] || localProblem(stored.get(k), drafts[k], lang)) return 'error';
          return isChanged(stored.get(k), drafts[k], lang) ? 'changed' : undefined;
        },
      })),
    ],
    [t, lang, year, yearLabel, shownIndicators, stored, drafts, errors],
  );

  const save = async () => {
    const r = await entry.save();
    if (r.kind === 'saved') {
      message.success(t('entryGrid.saved', { count: r.changed }));
      void qc.invalidateQueries({ queryKey: ['values'] });
      void qc.invalidateQueries({ queryKey: ['attainment'] });
      void qc.invalidateQueries({ queryKey: ['attainment-summary'] });
      void qc.invalidateQueries({ queryKey: ['rankings'] });
      void qc.invalidateQueries({ queryKey: ['series'] });
      void qc.invalidateQueries({ queryKey: ['period', code, year] });
      void qc.invalidateQueries({ queryKey: ['yearsWithData', code] });
    } else if (r.kind === 'refused') {
      message.error(r.detail);
      if (r.status === 412) void qc.invalidateQueries({ queryKey: qk.values({ municipality: code, year, grid: true }) });
      setView('errors');
    }
  };

  const onCellSelected = useCallback((_: Organization | undefined, target: { key: string } | undefined) => setSelected(target?.key), []);
  const onPasteSkipped = useCallback((n: number) => message.warning(t('entryGrid.pasteSkipped', { count: n })), [message, t]);

  if (!Number.isInteger(year) || year < 1900 || year > 2200) return <ErrorState error={new Error(t('entry.badYear'))} />;
  if (indicators.isLoading || orgs.isLoading || values.isLoading || own.isLoading) return <Loading />;
  const failed = indicators.error ?? orgs.error ?? values.error;
  if (failed)
    return <ErrorState error={failed} onRetry={() => void Promise.all([indicators.refetch(), orgs.refetch(), values.refetch()])} />;

  const m = `/municipalities/${encodeURIComponent(code)}`;
  const selErrors = selected ? errors[selected] : undefined;
  const selProblem = selected ? localProblem(stored.get(selected), drafts[selected], lang) : undefined;
  const selIndicator = selected ? indicatorOf.get(selected.split('\u0000')[0]) : undefined;
  const selSchool = selected ? allRows.find((o) => o.code === selected.split('\u0000')[1]) : undefined;

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
          <GridToolbar
            view={view}
            onView={setView}
            entry={entry}
            readOnly={readOnly}
            onSave={() => void save()}
            testIds={{ view: 'grid-view', undo: 'grid-undo', save: 'grid-save' }}
          />
        </Space>
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('entryGrid.hint')}
      </Typography.Paragraph>
      {shownIndicators.length === 0 || rows.length === 0 ? (
        <Alert type="info" title={shownIndicators.length === 0 ? t('grid.noIndicators') : t('schools.none')} />
      ) : (
        <ValueGrid<Organization>
          testId="schools-grid"
          rows={rows}
          columns={columns}
          readOnly={readOnly}
          freezeColumns={1}
          height="calc(100vh - 380px)"
          onEdits={entry.edit}
          onUndo={entry.undo}
          onCellSelected={onCellSelected}
          onPasteSkipped={onPasteSkipped}
        />
      )}
      {selected && selIndicator && (
        <Card size="small" style={{ marginTop: 12 }} data-testid="grid-selected">
          <Typography.Text strong>{selSchool?.name}</Typography.Text> · {selIndicator.code} {selIndicator.nameRu}
          {(selErrors || selProblem) && (
            <Alert
              style={{ marginTop: 8 }}
              type={selErrors?.conflict ? 'warning' : 'error'}
              showIcon
              data-testid="grid-selected-errors"
              title={
                selProblem === 'not_a_number'
                  ? t('validation.not_a_number')
                  : selProblem === 'emptied'
                    ? t('entryGrid.emptied')
                    : Object.values(selErrors?.fields ?? {}).join(' ')
              }
              action={
                selErrors?.conflict ? (
                  <Space>
                    <Button size="small" onClick={() => entry.keepMine(selected)}>
                      {t('entryGrid.keepMine')}
                    </Button>
                    <Button size="small" onClick={() => entry.discard([selected])}>
                      {t('entryGrid.takeTheirs')}
                    </Button>
                  </Space>
                ) : undefined
              }
            />
          )}
        </Card>
      )}
      {leavePrompt}
    </div>
  );
}
