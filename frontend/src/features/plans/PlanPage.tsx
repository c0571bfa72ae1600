import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Card, Empty, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Activity, Plan, PlanNode, PlanNodeIndicator } from '../../api/pending';
import { DASH, formatDateTime, formatValue } from '../../lib/format';
import { useMe } from '../../lib/me';
import { canKeepRule } from '../../lib/permissions';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { approvePlan, deleteActivity, deleteNode, pk, putActivity, putNode, putPlan, reopenPlan, usePlanTree } from './api';
import { ActivityDrawer } from './components/ActivityDrawer';
import { ActivityEditor } from './components/ActivityEditor';
import { NodeEditor } from './components/NodeEditor';
import { PlanEditor } from './components/PlanEditor';
import { ActivityStatusTag, OverdueTag, PlanStateTag, ProgressLine } from './components/Progress';
import { codeError, flattenNodes, indicatorYears, nextCode, splitErrors, treeActivities } from './model';
import { activitiesUrl, plansUrl } from './paths';

type NodeEdit = { node: PlanNode | undefined; parent?: string };
type ActivityEdit = { activity: Activity | undefined; node?: string };

/** A plan: its tree of goals, projects and tasks with progress, indicators' plan vs fact and activities. */
export default function PlanPage() {
  const { plan: planCode = '' } = useParams();
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const tree = usePlanTree(planCode);
  const [editingPlan, setEditingPlan] = useState(false);
  const [nodeEdit, setNodeEdit] = useState<NodeEdit | null>(null);
  const [activityEdit, setActivityEdit] = useState<ActivityEdit | null>(null);
  const [open, setOpen] = useState<Activity | undefined>(undefined);
  const [reopening, setReopening] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const nodes = useMemo(() => flattenNodes(tree.data?.nodes), [tree.data]);
  const activities = useMemo(() => treeActivities(tree.data), [tree.data]);

  if (tree.isLoading) return <Loading />;
  if (tree.error || !tree.data) return <ErrorState error={tree.error} onRetry={() => tree.refetch()} />;
  const plan = tree.data.plan;
  const keeper = canKeepRule(me, plan.municipality);
  const lang = i18n.language;

  const refresh = () => {
    void qc.invalidateQueries({ queryKey: pk.tree(planCode) });
    void qc.invalidateQueries({ queryKey: ['plans'] });
    void qc.invalidateQueries({ queryKey: ['activities'] });
  };
  /** Runs a change; the server's refusal (409 on an approved plan, 403…) is shown as it is. */
  const act = async (run: () => Promise<unknown>, done: string) => {
    setActionError(null);
    try {
      await run();
      message.success(done);
    } catch (e) {
      setActionError(e);
    } finally {
      refresh();
    }
  };

  const hooks: NodeHooks = {
    keeper,
    plan,
    onOpen: setOpen,
    onAddChild: (parent) => setNodeEdit({ node: undefined, parent }),
    onEditNode: (node) => setNodeEdit({ node }),
    onDeleteNode: (node) => act(() => deleteNode(plan.code, node.code), t('plans.nodeDeleted', { title: node.title })),
    onAddActivity: (node) => setActivityEdit({ activity: undefined, node }),
    onEditActivity: (activity) => setActivityEdit({ activity }),
    onDeleteActivity: (a) => act(() => deleteActivity(plan.code, a.code, a.version), t('activities.deleted', { title: a.title })),
  };

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={plansUrl(plan.municipality)}>{t('menu.plans')}</Link> }, { title: plan.name }]}
      />
      <Space wrap style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {plan.name}
          </Typography.Title>
          <PlanStateTag state={plan.state} />
          <Typography.Text type="secondary">
            {plan.yearFrom === plan.yearTo ? plan.yearFrom : `${plan.yearFrom}–${plan.yearTo}`}
            {' · '}
            {plan.municipalityName ?? plan.municipality ?? t('plans.regional')}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Link to={activitiesUrl(plan.municipality, plan.code)}>
            <Button data-testid="to-board">{t('plans.toBoard')}</Button>
          </Link>
          {keeper && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditingPlan(true)} data-testid="plan-edit">
                {t('plans.edit')}
              </Button>
              {plan.state === 'draft' ? (
                <Popconfirm
                  title={t('plans.approveConfirm')}
                  okText={t('plans.approve')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => act(() => approvePlan(plan.code), t('plans.approved'))}
                >
                  <Button type="primary" icon={<CheckOutlined />} data-testid="plan-approve">
                    {t('plans.approve')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button icon={<UnlockOutlined />} onClick={() => setReopening(true)} data-testid="plan-reopen">
                  {t('plans.reopen')}
                </Button>
              )}
            </>
          )}
        </Space>
      </Space>
      <ProgressLine progress={plan.progress} testId="plan-progress" />
      {plan.description && <Typography.Paragraph style={{ marginTop: 8 }}>{plan.description}</Typography.Paragraph>}
      {plan.state === 'approved' && (
        <Alert
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          title={t('plans.approvedBy', { at: formatDateTime(plan.approvedAt, lang), by: plan.approvedBy ?? DASH })}
          description={t('plans.lockedHint')}
          data-testid="plan-locked"
        />
      )}
      {plan.state === 'draft' && plan.reopenedAt && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          title={t('plans.reopenedBy', { at: formatDateTime(plan.reopenedAt, lang), by: plan.reopenedBy ?? DASH })}
          description={plan.reopenReason}
          data-testid="plan-reopened"
        />
      )}
      {actionError ? <ProblemAlert error={actionError} style={{ marginTop: 8 }} /> : null}

      <Space wrap style={{ margin: '16px 0 8px', width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('plans.tree')}
        </Typography.Title>
        {keeper && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => setNodeEdit({ node: undefined })} data-testid="node-create">
              {t('plans.addNode')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setActivityEdit({ activity: undefined })} data-testid="activity-create">
              {t('plans.addActivity')}
            </Button>
          </Space>
        )}
      </Space>
      {(tree.data.nodes ?? []).length === 0 && (tree.data.activities ?? []).length === 0 ? (
        <Empty description={t('plans.noNodes')} />
      ) : (
        <>
          {(tree.data.nodes ?? []).map((n) => (
            <NodeBlock key={n.code} node={n} depth={0} hooks={hooks} />
          ))}
          {(tree.data.activities ?? []).length > 0 && (
            <Card size="small" title={t('plans.looseActivities')} style={{ marginTop: 8 }} data-testid="loose-activities">
              <ActivityRows activities={tree.data.activities ?? []} hooks={hooks} />
            </Card>
          )}
        </>
      )}

      <PlanEditor
        open={editingPlan}
        plan={plan}
        municipality={plan.municipality ?? null}
        onClose={() => setEditingPlan(false)}
        onSave={async (code, body, version) => {
          await putPlan(code, body, version);
          message.success(t('plans.saved', { name: body.name }));
          refresh();
        }}
      />
      <NodeEditor
        open={nodeEdit !== null}
        node={nodeEdit?.node}
        parent={nodeEdit?.parent}
        nodes={nodes}
        onClose={() => setNodeEdit(null)}
        onSave={async (code, body, isNew) => {
          if (isNew && !code) throw codeError(t('validation.required'));
          if (isNew && nodes.some((n) => n.code === code)) throw codeError(t('plans.nodeExists', { code }));
          await putNode(plan.code, code, body);
          message.success(t('plans.nodeSaved', { title: body.title }));
          refresh();
        }}
      />
      <ActivityEditor
        open={activityEdit !== null}
        activity={activityEdit?.activity}
        node={activityEdit?.node}
        suggestedCode={nextCode(
          'a',
          activities.map((a) => a.code),
        )}
        municipality={plan.municipality}
        nodes={nodes}
        onClose={() => setActivityEdit(null)}
        onSave={async (code, body, version) => {
          if (version === undefined && !code) throw codeError(t('validation.required'));
          if (version === undefined && activities.some((a) => a.code === code)) throw codeError(t('activities.exists', { code }));
          const saved = await putActivity(plan.code, code, body, version);
          message.success(t('activities.saved', { title: body.title }));
          if (open && open.code === code && saved) setOpen({ ...open, ...saved });
          refresh();
        }}
      />
      <ReopenModal
        open={reopening}
        onClose={() => setReopening(false)}
        onReopen={async (reason) => {
          await reopenPlan(plan.code, reason);
          message.success(t('plans.reopened'));
          refresh();
        }}
      />
      <ActivityDrawer
        activity={open}
        editable={keeper}
        onEdit={(a) => setActivityEdit({ activity: a })}
        onClose={() => setOpen(undefined)}
      />
    </div>
  );
}

interface NodeHooks {
  keeper: boolean;
  plan: Plan;
  onOpen: (a: Activity) => void;
  onAddChild: (parent: string) => void;
  onEditNode: (n: PlanNode) => void;
  onDeleteNode: (n: PlanNode) => void;
  onAddActivity: (node: string) => void;
  onEditActivity: (a: Activity) => void;
  onDeleteActivity: (a: Activity) => void;
}

function NodeBlock({ node, depth, hooks }: { node: PlanNode; depth: number; hooks: NodeHooks }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      style={{ marginTop: 8, marginLeft: depth * 24, borderLeft: `3px solid ${['#1677ff', '#13c2c2', '#8c8c8c'][Math.min(depth, 2)]}` }}
      data-testid={`node-${node.code}`}
      title={
        <Space wrap>
          <Tag>{t(`plans.kindName.${node.kind}`)}</Tag>
          <Typography.Text strong style={{ whiteSpace: 'normal' }}>
            {node.title}
          </Typography.Text>
        </Space>
      }
      extra={
        hooks.keeper && (
          <Space size={4}>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => hooks.onAddChild(node.code)}
              aria-label={t('plans.addChild')}
              title={t('plans.addChild')}
            />
            <Button size="small" onClick={() => hooks.onAddActivity(node.code)} data-testid={`node-add-activity-${node.code}`}>
              {t('plans.addActivityShort')}
            </Button>
            <Button size="small" icon={<EditOutlined />} onClick={() => hooks.onEditNode(node)} aria-label={t('plans.editNode')} />
            <Popconfirm
              title={t('plans.nodeDeleteConfirm', { title: node.title })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => hooks.onDeleteNode(node)}
            >
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('plans.deleteNode')} />
            </Popconfirm>
          </Space>
        )
      }
    >
      <ProgressLine progress={node.progress} testId={`node-progress-${node.code}`} />
      {(node.indicators ?? []).length > 0 && <IndicatorTable indicators={node.indicators ?? []} plan={hooks.plan} />}
      {(node.activities ?? []).length > 0 && <ActivityRows activities={node.activities ?? []} hooks={hooks} />}
      {(node.children ?? []).map((c) => (
        <NodeBlock key={c.code} node={c} depth={depth + 1 > 2 ? 2 : depth + 1} hooks={hooks} />
      ))}
    </Card>
  );
}

/** Plan vs fact of the node's indicators, a column per year of the plan's span. */
function IndicatorTable({ indicators, plan }: { indicators: PlanNodeIndicator[]; plan: Plan }) {
  const { t, i18n } = useTranslation();
  const years: number[] = [];
  for (let y = plan.yearFrom; y <= plan.yearTo; y++) years.push(y);
  return (
    <Table<PlanNodeIndicator>
      size="small"
      style={{ marginTop: 8 }}
      pagination={false}
      rowKey="indicator"
      dataSource={indicators}
      scroll={{ x: true }}
      data-testid="node-indicators"
      columns={[
        {
          title: t('plans.indicator'),
          key: 'indicator',
          render: (_, i) =>
            plan.municipality ? (
              <Link to={`/municipalities/${encodeURIComponent(plan.municipality)}/indicators/${encodeURIComponent(i.indicator)}`}>
                {i.name ?? i.indicator}
              </Link>
            ) : (
              (i.name ?? i.indicator)
            ),
        },
        ...years.map((year, k) => ({
          title: String(year),
          key: String(year),
          render: (_: unknown, i: PlanNodeIndicator) => {
            const cell = indicatorYears(i, plan.yearFrom, plan.yearTo)[k];
            return (
              <div style={{ whiteSpace: 'nowrap' }}>
                <div>
                  <Typography.Text type="secondary">{t('plans.target')}: </Typography.Text>
                  {formatValue(cell.target, i.unit, undefined, i18n.language)}
                </div>
                <div>
                  <Typography.Text type="secondary">{t('plans.value')}: </Typography.Text>
                  {formatValue(cell.value, i.unit, undefined, i18n.language)}
                </div>
                {cell.status && <StatusTag status={cell.status} />}
              </div>
            );
          },
        })),
      ]}
    />
  );
}

function ActivityRows({ activities, hooks }: { activities: Activity[]; hooks: NodeHooks }) {
  const { t } = useTranslation();
  return (
    <Table<Activity>
      size="small"
      style={{ marginTop: 8 }}
      pagination={false}
      rowKey="code"
      dataSource={activities}
      onRow={(a) => ({ 'data-testid': `activity-row-${a.code}` }) as React.HTMLAttributes<HTMLTableRowElement>}
      columns={[
        {
          title: t('activities.titleField'),
          key: 'title',
          render: (_, a) => (
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              onClick={() => hooks.onOpen(a)}
            >
              {a.title}
            </Button>
          ),
        },
        {
          title: t('activities.due'),
          key: 'due',
          width: 180,
          render: (_, a) => (
            <Space size={4} wrap>
              <Typography.Text type={a.overdue ? 'danger' : undefined}>{a.dueLabel ?? a.due ?? DASH}</Typography.Text>
              {a.overdue && <OverdueTag />}
            </Space>
          ),
        },
        { title: t('activities.responsible'), key: 'responsible', width: 220, render: (_, a) => a.responsible || DASH },
        { title: t('activities.statusField'), key: 'status', width: 140, render: (_, a) => <ActivityStatusTag status={a.status} /> },
        ...(hooks.keeper
          ? [
              {
                title: <span className="sr-only">{t('common.actions')}</span>,
                key: 'actions',
                width: 90,
                render: (_: unknown, a: Activity) => (
                  <Space size={4}>
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => hooks.onEditActivity(a)}
                      aria-label={t('activities.edit')}
                    />
                    <Popconfirm
                      title={t('activities.deleteConfirm', { title: a.title })}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => hooks.onDeleteActivity(a)}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** Reopening an approved plan: the reason is required by the server (its 422 shows under the field). */
function ReopenModal({ open, onClose, onReopen }: { open: boolean; onClose: () => void; onReopen: (reason: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const submit = async () => {
    setBusy(true);
    setOther([]);
    try {
      await onReopen(form.getFieldValue('reason') ?? '');
      form.resetFields();
      onClose();
    } catch (e) {
      const { fields, other: rest } = splitErrors(e, ['reason'] as const);
      form.setFields(fields);
      setOther(rest);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('plans.reopenTitle')}
      okText={t('plans.reopen')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'reopen-confirm' } as React.ComponentProps<typeof Button>}
    >
      <Form form={form} layout="vertical" onValuesChange={() => form.setFields([{ name: 'reason', errors: [] }])}>
        <Form.Item name="reason" label={t('plans.reopenReason')} extra={t('plans.reopenHint')}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="reopen-reason" />
        </Form.Item>
      </Form>
      {other.length > 0 && <Alert type="error" showIcon role="alert" title={other.join(' ')} />}
    </Modal>
  );
}
