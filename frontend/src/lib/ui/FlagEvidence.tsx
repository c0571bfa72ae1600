import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Flag, FlagYear, Rule } from '../../api/types';
import { conditionCell, conditionOf, conditionTitle, evidenceYears, flagReason, type ValueFormat } from '../risk';
import { yearText } from '../schoolYear';

/** ✓ held, ✗ did not, – not reported (never a match). */
export function Verdict({ matched, reported = true }: { matched: boolean | undefined; reported?: boolean }) {
  const { t } = useTranslation();
  if (!reported || matched === undefined)
    return (
      <Tooltip title={t('risk.noData')}>
        <MinusCircleOutlined style={{ color: '#bfbfbf' }} aria-label={t('risk.noData')} />
      </Tooltip>
    );
  return matched ? (
    <CheckCircleFilled style={{ color: '#cf1322' }} aria-label={t('risk.held')} />
  ) : (
    <CloseCircleFilled style={{ color: '#8c8c8c' }} aria-label={t('risk.notHeld')} />
  );
}

/**
 * The reasons of one flag: a sentence (which years held and with what values), then the window
 * year by year with every condition's value, the average where the condition uses it, ✓/✗,
 * and «нет данных» for a year the school did not report.
 */
export function FlagEvidence({
  flag,
  rule,
  fmt,
  testId,
  showReason = true,
}: {
  flag: Flag;
  rule: Rule | undefined;
  fmt: ValueFormat;
  testId?: string;
  showReason?: boolean;
}) {
  const { t } = useTranslation();
  const years = evidenceYears(flag);
  const conditions = years.find((y) => y.conditions?.length)?.conditions ?? [];
  const columns = [
    {
      title: t('common.year'),
      key: 'year',
      width: 110,
      render: (_: unknown, y: FlagYear) => yearText(y.year, y.yearLabel),
    },
    ...conditions.map((ev, i) => ({
      title: conditionTitle(conditionOf(rule, ev, i), ev),
      key: `c${i}`,
      onCell: (y: FlagYear) => (y.reported ? {} : i === 0 ? { colSpan: conditions.length } : { colSpan: 0 }),
      render: (_: unknown, y: FlagYear) => (
        <span className="num" data-matched={String(y.conditions?.[i]?.matched ?? '')}>
          {y.reported ? conditionCell(y.conditions?.[i], y, fmt, t, false) : t('risk.noData')}{' '}
          {y.reported && <Verdict matched={y.conditions?.[i]?.matched} />}
        </span>
      ),
    })),
    {
      title: t('risk.yearCounts'),
      key: 'held',
      width: 130,
      render: (_: unknown, y: FlagYear) => (
        <span>
          <Verdict matched={y.matched} reported={y.reported} /> {y.reported ? (y.matched ? t('risk.yes') : t('risk.no')) : t('risk.noData')}
        </span>
      ),
    },
  ];
  return (
    <div data-testid={testId}>
      {showReason && (
        <Typography.Paragraph style={{ marginBottom: 8 }} data-testid={testId ? `${testId}-reason` : undefined}>
          {flagReason(flag, rule, fmt, t)}
        </Typography.Paragraph>
      )}
      <Table<FlagYear>
        size="small"
        rowKey="year"
        columns={columns}
        dataSource={years}
        pagination={false}
        tableLayout="fixed"
        rowClassName={(y) => (y.matched ? 'row-held' : '')}
      />
    </div>
  );
}
