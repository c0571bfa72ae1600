import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Breadcrumb, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Rule } from '../../api/types';
import { ApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { canKeepRule } from '../../lib/permissions';
import { useDimensions, useIndicators, useMunicipalityName } from '../../lib/queries';
import { riskKeys, useRules, windowText } from '../../lib/risk';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { deleteRule, fetchRule, putRule, ruleExists } from './api';
import { RuleEditor } from './components/RuleEditor';

/** The rules that apply to a municipality: the region's and its department's own; create, edit, delete. */
export default function RulesPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const name = useMunicipalityName(code);
  const rules = useRules(code);
  const indicators = useIndicators({ status: 'active' });
  const dimensions = useDimensions();
  const [editing, setEditing] = useState<{ rule: Rule | undefined; version: string | undefined } | null>(null);
  const [opening, setOpening] = useState<unknown>(undefined);
  const m = `/municipalities/${encodeURIComponent(code)}`;

  if (rules.isLoading) return <Loading />;
  if (rules.error) return <ErrorState error={rules.error} onRetry={() => rules.refetch()} />;

  const refresh = () => void qc.invalidateQueries({ queryKey: ['rules'] });
  const keepsOwn = canKeepRule(me, code);
  const keepsRegion = canKeepRule(me, undefined);
  const keepers = (forRule?: Rule) => {
    const own = { value: code, label: t('rules.keeperOwn', { name }) };
    const region = { value: '', label: t('rules.keeperRegion') };
    if (forRule) return forRule.municipality ? [own] : [region];
    return [...(keepsOwn ? [own] : []), ...(keepsRegion ? [region] : [])];
  };

  const edit = async (r: Rule) => {
    setOpening(undefined);
    try {
      // the current rule and the version its ETag names: the edit is sent with If-Match
      const { rule, version } = await fetchRule(r.code);
      setEditing({ rule, version });
    } catch (e) {
      setOpening(e);
    }
  };

  const remove = async (r: Rule) => {
    try {
      await deleteRule(r);
      message.success(t('rules.deleted', { name: r.name }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      refresh();
    }
  };

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={m}>{name}</Link> },
          { title: <Link to={`${m}/risk`}>{t('menu.risk')}</Link> },
          { title: t('risk.rules') },
        ]}
      />
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('rules.title', { name })}
        </Typography.Title>
        {(keepsOwn || keepsRegion) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ rule: undefined, version: undefined })}
            data-testid="rule-create"
          >
            {t('rules.create')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('rules.intro')}</Typography.Paragraph>
      {opening !== undefined && <ProblemAlert error={opening} style={{ marginBottom: 12 }} />}
      <Table<Rule>
        size="small"
        rowKey="code"
        dataSource={rules.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('rules.none') }}
        onRow={(r) => ({ 'data-testid': `rule-row-${r.code}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        columns={[
          {
            title: t('rules.name'),
            key: 'name',
            render: (_, r) => (
              <div>
                <div>{r.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.code}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('rules.keeper'),
            key: 'keeper',
            width: 150,
            render: (_, r) => (
              <Tag color={r.municipality ? 'blue' : 'gold'}>{r.municipality ? t('rules.ownRule') : t('rules.regionRule')}</Tag>
            ),
          },
          {
            title: t('rules.conditions'),
            key: 'conditions',
            render: (_, r) => (
              <div>
                {(r.conditions ?? []).map((c, i) => (
                  <div key={i}>
                    {i > 0 && <Typography.Text type="secondary">{r.combine === 'all' ? t('risk.and') : t('risk.or')} </Typography.Text>}
                    {c.text}
                  </div>
                ))}
              </div>
            ),
          },
          {
            title: t('rules.window'),
            key: 'window',
            width: 260,
            render: (_, r) => windowText(r, undefined, t),
          },
          {
            title: <span className="sr-only">{t('common.actions')}</span>,
            key: 'actions',
            width: 100,
            render: (_, r) =>
              canKeepRule(me, r.municipality) ? (
                <Space size={4}>
                  <Button
                    icon={<EditOutlined />}
                    aria-label={t('rules.editTitle', { name: r.name })}
                    onClick={() => void edit(r)}
                    data-testid={`rule-edit-${r.code}`}
                  />
                  <Popconfirm
                    title={t('rules.deleteConfirm', { name: r.name })}
                    description={t('rules.deleteHint')}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(r)}
                  >
                    <Button
                      icon={<DeleteOutlined />}
                      danger
                      aria-label={t('rules.deleteFor', { name: r.name })}
                      data-testid={`rule-delete-${r.code}`}
                    />
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      <RuleEditor
        open={editing !== null}
        rule={editing?.rule}
        version={editing?.version}
        keepers={keepers(editing?.rule)}
        indicators={indicators.data?.items ?? []}
        dimensions={dimensions.data ?? []}
        onClose={() => setEditing(null)}
        onSave={async (rule, body, version) => {
          if (version === undefined) {
            if (!rule) throw codeError(t('validation.required'));
            if (await ruleExists(rule)) throw codeError(t('rules.exists', { code: rule }));
          }
          const saved = await putRule(rule, body, version);
          message.success(t('rules.saved', { name: saved?.name ?? body.name }));
          refresh();
          void qc.invalidateQueries({ queryKey: riskKeys.flags({}).slice(0, 1) });
        }}
      />
    </div>
  );
}

/** An error at the code field, in the shape of the server's field errors. */
function codeError(message: string): ApiError {
  return new ApiError(
    422,
    { type: 'about:blank', title: message, status: 422, errors: [{ field: 'code', code: 'code', message }] },
    message,
  );
}
