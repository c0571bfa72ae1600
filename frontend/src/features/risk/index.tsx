import { SettingOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Empty, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import type { Flag, Rule } from '../../api/types';
import { useMe } from '../../lib/me';
import { canWrite } from '../../lib/permissions';
import { useIndicators, useMunicipalityName, useYearsWithData } from '../../lib/queries';
import { flagReason, ruleText, useFlags, useRules, valueFormat, type ValueFormat } from '../../lib/risk';
import { ruleIndicators } from '../../lib/recommendations';
import { RecommendFromFlags } from '../../lib/ui/RecommendFromFlags';
import { yearText } from '../../lib/schoolYear';
import { FlagEvidence } from '../../lib/ui/FlagEvidence';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { SaveRegister } from './components/SaveRegister';
import { distinctUnits, flagsByRule, movement, registerOrganizations, unitOf, type Movement, type Unit } from './model';

/**
 * «Зона риска» of a municipality's year: the rules that apply, the schools each flags with the
 * reasons, who entered and who left each list since the previous year, and saving a list as a register.
 */
export default function RiskPage() {
  const { code = '', year: yearParam } = useParams();
  const year = Number(yearParam);
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const name = useMunicipalityName(code);
  const years = useYearsWithData(code);
  const rules = useRules(code);
  const flags = useFlags({ municipality: code, year: year || undefined });
  const previous = useFlags({ municipality: code, year: year ? year - 1 : undefined });
  const indicators = useIndicators();
  const fmt = useMemo(() => valueFormat(indicators.data?.items ?? [], i18n.language), [indicators.data, i18n.language]);
  const m = `/municipalities/${encodeURIComponent(code)}`;

  const ruleList = useMemo(() => rules.data?.items ?? [], [rules.data]);
  const byRule = useMemo(() => flagsByRule(ruleList, flags.data?.items ?? []), [ruleList, flags.data]);
  const prevByRule = useMemo(() => flagsByRule(ruleList, previous.data?.items ?? []), [ruleList, previous.data]);
  const all = useMemo(() => distinctUnits(flags.data?.items ?? []), [flags.data]);
  const overall = useMemo(() => movement(flags.data?.items ?? [], previous.data?.items ?? []), [flags.data, previous.data]);

  if (!year || !Number.isInteger(year)) return <Navigate to={`${m}/risk`} replace />;

  const ruleOf = new Map(ruleList.map((r) => [r.code, r]));
  const prevKnown = !previous.isLoading && !previous.error;

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={m}>{name}</Link> }, { title: t('menu.risk') }]} />
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('risk.title', { name, year })}
        </Typography.Title>
        <Space wrap>
          <YearSelect value={year} onChange={(y) => navigate(`${m}/risk/${y}`)} years={yearOptions(years.years, year)} />
          <Link to={`${m}/rules`}>
            <Button icon={<SettingOutlined />} data-testid="rules-link">
              {t('risk.rules')}
            </Button>
          </Link>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('risk.intro')}</Typography.Paragraph>
      {rules.isLoading || flags.isLoading ? (
        <Loading />
      ) : rules.error ? (
        <ErrorState error={rules.error} onRetry={() => rules.refetch()} />
      ) : flags.error ? (
        <ErrorState error={flags.error} onRetry={() => flags.refetch()} />
      ) : ruleList.length === 0 ? (
        <Empty description={t('risk.noRules')}>
          <Link to={`${m}/rules`}>
            <Button type="primary">{t('risk.toRules')}</Button>
          </Link>
        </Empty>
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Space size={32} wrap align="start">
              <Statistic title={t('risk.onList')} value={all.length} data-testid="risk-total" />
              {prevKnown && (
                <>
                  <Statistic title={t('risk.entered', { year: year - 1 })} value={overall.entered.length} data-testid="risk-entered" />
                  <Statistic title={t('risk.left', { year: year - 1 })} value={overall.left.length} data-testid="risk-left" />
                </>
              )}
            </Space>
            {previous.error ? <ProblemAlert error={previous.error} style={{ marginTop: 8 }} /> : null}
          </Card>
          {[...byRule.entries()].map(([rule, list]) => (
            <RuleCard
              key={rule}
              municipality={code}
              rule={ruleOf.get(rule)}
              ruleCode={rule}
              flags={list}
              previous={prevKnown ? (prevByRule.get(rule) ?? []) : undefined}
              year={year}
              fmt={fmt}
              writable={canWrite(me, code)}
            />
          ))}
        </>
      )}
    </div>
  );
}

function RuleCard(props: {
  municipality: string;
  rule: Rule | undefined;
  ruleCode: string;
  flags: Flag[];
  previous: Flag[] | undefined;
  year: number;
  fmt: ValueFormat;
  writable: boolean;
}) {
  const { municipality, rule, ruleCode, flags, previous, year, fmt, writable } = props;
  const { t } = useTranslation();
  const m = `/municipalities/${encodeURIComponent(municipality)}`;
  const move = previous ? movement(flags, previous) : undefined;
  const title = rule?.name ?? flags[0]?.ruleName ?? ruleCode;
  const orgs = registerOrganizations(flags);
  const schoolLevel = (rule?.level ?? 'organization') === 'organization';

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid={`risk-rule-${ruleCode}`}
      title={
        <Space wrap size={4}>
          <span>{title}</span>
          <Tag>{ruleCode}</Tag>
          <Tag color={rule?.municipality ? 'blue' : 'gold'}>{rule?.municipality ? t('rules.ownRule') : t('rules.regionRule')}</Tag>
        </Space>
      }
      extra={
        writable && schoolLevel && orgs.length > 0 ? (
          <Space wrap>
            <RecommendFromFlags
              municipality={municipality}
              rule={ruleCode}
              ruleName={title}
              year={year}
              count={orgs.length}
              indicators={ruleIndicators(rule)}
            />
            <SaveRegister municipality={municipality} rule={ruleCode} ruleName={title} year={year} organizations={orgs} />
          </Space>
        ) : undefined
      }
    >
      {rule && <Typography.Paragraph style={{ marginBottom: 8 }}>{ruleText(rule, year, t)}</Typography.Paragraph>}
      {move && <MovementLine move={move} year={year} municipality={municipality} ruleCode={ruleCode} />}
      {flags.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={t(schoolLevel ? 'risk.noneFlagged' : 'risk.municipalityNotFlagged', { year })}
          data-testid={`risk-none-${ruleCode}`}
        />
      ) : (
        <Table<Flag>
          size="small"
          rowKey={(f) => unitOf(f).key}
          dataSource={flags}
          tableLayout="fixed"
          pagination={flags.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          expandable={{
            expandedRowRender: (f) => (
              <FlagEvidence flag={f} rule={rule} fmt={fmt} showReason={false} testId={`evidence-${ruleCode}-${f.organization ?? ''}`} />
            ),
          }}
          onRow={(f) =>
            ({ 'data-testid': `flag-row-${ruleCode}-${f.organization ?? f.municipality}` }) as React.HTMLAttributes<HTMLTableRowElement>
          }
          columns={[
            {
              title: schoolLevel ? t('schools.school') : t('risk.municipality'),
              key: 'unit',
              width: 280,
              render: (_, f) =>
                f.organization ? (
                  <Link to={`${m}/schools/${encodeURIComponent(f.organization)}?year=${year}`}>{unitOf(f).name}</Link>
                ) : (
                  unitOf(f).name
                ),
            },
            {
              title: t('risk.years'),
              key: 'years',
              width: 160,
              render: (_, f) => {
                const labels = new Map((f.evidence ?? []).map((y) => [y.year, yearText(y.year, y.yearLabel)]));
                return (f.years ?? []).map((y) => labels.get(y) ?? String(y)).join(', ');
              },
            },
            {
              title: t('risk.reason'),
              key: 'reason',
              render: (_, f) => <span data-testid="flag-reason">{flagReason(f, rule, fmt, t)}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}

/** «Вошли: …; вышли: …» against the previous year's list of the same rule. */
function MovementLine({ move, year, municipality, ruleCode }: { move: Movement; year: number; municipality: string; ruleCode: string }) {
  const { t } = useTranslation();
  const m = `/municipalities/${encodeURIComponent(municipality)}`;
  const tags = (units: Unit[], color: string) =>
    units.map((u) => (
      <Tag key={u.key} color={color} style={{ marginBottom: 4 }}>
        {u.organization ? <Link to={`${m}/schools/${encodeURIComponent(u.organization)}?year=${year}`}>{u.name}</Link> : u.name}
      </Tag>
    ));
  if (move.entered.length === 0 && move.left.length === 0)
    return (
      <Typography.Paragraph type="secondary" data-testid={`movement-${ruleCode}`}>
        {t(move.stayed.length ? 'risk.noMovement' : 'risk.noMovementEmpty', { year: year - 1 })}
      </Typography.Paragraph>
    );
  return (
    <div style={{ marginBottom: 8 }} data-testid={`movement-${ruleCode}`}>
      {move.entered.length > 0 && (
        <div data-testid={`entered-${ruleCode}`}>
          <Typography.Text strong>{t('risk.enteredList', { year: year - 1, n: move.entered.length })}</Typography.Text>{' '}
          {tags(move.entered, 'red')}
        </div>
      )}
      {move.left.length > 0 && (
        <div data-testid={`left-${ruleCode}`}>
          <Typography.Text strong>{t('risk.leftList', { year: year - 1, n: move.left.length })}</Typography.Text> {tags(move.left, 'green')}
        </div>
      )}
    </div>
  );
}
