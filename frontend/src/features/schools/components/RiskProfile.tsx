import { WarningOutlined } from '@ant-design/icons';
import { Card, Collapse, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useIndicators } from '../../../lib/queries';
import { useFlags, useRules, valueFormat } from '../../../lib/risk';
import { FlagEvidence } from '../../../lib/ui/FlagEvidence';
import { ProblemAlert } from '../../../lib/ui/states';

/**
 * The school's risk profile of a year: each rule that flags it, with the reasons year by year.
 * The rules (for the conditions in words) are read when the caller may; without them the
 * evidence still shows each indicator's values.
 */
export function RiskProfile({
  municipality,
  organization,
  year,
  readsMunicipality,
}: {
  municipality: string;
  organization: string;
  year: number;
  readsMunicipality: boolean;
}) {
  const { t, i18n } = useTranslation();
  const flags = useFlags({ municipality, organization, year });
  const rules = useRules(municipality);
  const indicators = useIndicators();
  const fmt = useMemo(() => valueFormat(indicators.data?.items ?? [], i18n.language), [indicators.data, i18n.language]);
  const ruleOf = new Map((rules.data?.items ?? []).map((r) => [r.code, r]));
  const items = flags.data?.items ?? [];
  const m = `/municipalities/${encodeURIComponent(municipality)}`;

  if (flags.isLoading) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="school-risk"
      title={
        <Space>
          <WarningOutlined style={{ color: items.length ? '#cf1322' : '#8c8c8c' }} aria-hidden />
          {t('school.risk.title', { year })}
          {items.length > 0 && <Tag color="red">{items.length}</Tag>}
        </Space>
      }
      extra={readsMunicipality ? <Link to={`${m}/risk/${year}`}>{t('school.risk.toPage')}</Link> : undefined}
    >
      {flags.error ? (
        <ProblemAlert error={flags.error} />
      ) : items.length === 0 ? (
        <Typography.Text type="secondary" data-testid="school-risk-none">
          {t('school.risk.none', { year })}
        </Typography.Text>
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={items.map((f) => f.rule)}
          items={items.map((f) => ({
            key: f.rule,
            label: <span data-testid={`school-flag-${f.rule}`}>{f.ruleName ?? f.rule}</span>,
            children: <FlagEvidence flag={f} rule={ruleOf.get(f.rule)} fmt={fmt} testId={`school-evidence-${f.rule}`} />,
          }))}
        />
      )}
    </Card>
  );
}
