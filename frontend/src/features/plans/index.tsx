import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Breadcrumb, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Plan } from '../../api/pending';
import { useMe } from '../../lib/me';
import { canKeepRule } from '../../lib/permissions';
import { useMunicipalityName } from '../../lib/queries';
import { ErrorState, Loading } from '../../lib/ui/states';
import { deletePlan, planExists, putPlan, usePlans } from './api';
import { PlanEditor } from './components/PlanEditor';
import { codeError } from './model';
import { PlanStateTag, ProgressLine } from './components/Progress';
import { activitiesUrl, planUrl } from './paths';

/**
 * A municipality's plans (`/municipalities/:code/plans`) or, at `/plans`, every plan the caller
 * reads (the ministry's view, regional plans among them): state, span, progress, «Новый план».
 */
export default function PlansPage() {
  const { code } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const name = useMunicipalityName(code);
  const plans = usePlans(code);
  const [creating, setCreating] = useState(false);
  const municipality = code ?? null;
  const keeper = canKeepRule(me, municipality);

  if (plans.isLoading) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} onRetry={() => plans.refetch()} />;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['plans'] });

  const remove = async (p: Plan) => {
    try {
      await deletePlan(p.code, p.version);
      message.success(t('plans.deleted', { name: p.name }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      refresh();
    }
  };

  return (
    <div>
      {code && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[{ title: <Link to={`/municipalities/${encodeURIComponent(code)}`}>{name}</Link> }, { title: t('menu.plans') }]}
        />
      )}
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {code ? t('plans.title', { name }) : t('plans.regionTitle')}
        </Typography.Title>
        <Space wrap>
          <Link to={activitiesUrl(municipality)}>
            <Button data-testid="to-activities">{t('plans.toBoard')}</Button>
          </Link>
          {keeper && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-create">
              {code ? t('plans.create') : t('plans.createRegional')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('plans.intro')}</Typography.Paragraph>
      <Table<Plan>
        size="small"
        rowKey="code"
        dataSource={plans.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('plans.none') }}
        onRow={(p) => ({ 'data-testid': `plan-row-${p.code}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        columns={[
          { title: t('plans.name'), key: 'name', render: (_, p) => <Link to={planUrl(p)}>{p.name}</Link> },
          ...(code
            ? []
            : [
                {
                  title: t('plans.municipality'),
                  key: 'municipality',
                  render: (_: unknown, p: Plan) => p.municipalityName ?? p.municipality ?? t('plans.regional'),
                },
              ]),
          {
            title: t('plans.span'),
            key: 'span',
            width: 110,
            render: (_, p) => (p.yearFrom === p.yearTo ? p.yearFrom : `${p.yearFrom}–${p.yearTo}`),
          },
          { title: t('plans.state'), key: 'state', width: 130, render: (_, p) => <PlanStateTag state={p.state} /> },
          { title: t('plans.progress'), key: 'progress', render: (_, p) => <ProgressLine progress={p.progress} /> },
          {
            title: <span className="sr-only">{t('common.actions')}</span>,
            key: 'actions',
            width: 60,
            render: (_, p) =>
              canKeepRule(me, p.municipality) ? (
                <Popconfirm
                  title={t('plans.deleteConfirm', { name: p.name })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(p)}
                >
                  <Button
                    icon={<DeleteOutlined />}
                    danger
                    aria-label={t('plans.deleteFor', { name: p.name })}
                    data-testid={`plan-delete-${p.code}`}
                  />
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <PlanEditor
        open={creating}
        plan={undefined}
        municipality={municipality}
        onClose={() => setCreating(false)}
        onSave={async (planCode, body) => {
          if (!planCode) throw codeError(t('validation.required'));
          if (await planExists(planCode)) throw codeError(t('plans.exists', { code: planCode }));
          const saved = await putPlan(planCode, body, undefined);
          message.success(t('plans.saved', { name: saved?.name ?? body.name }));
          refresh();
          navigate(planUrl({ code: planCode, municipality: municipality ?? undefined }));
        }}
      />
    </div>
  );
}
