import { App, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SubPeriod } from '../../api/pending';
import type { PeriodAction, PeriodState } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { allowedActions, commentRequired, PERIOD_STATE_COLOR, usePeriodAction } from '../../lib/periods';
import { useMunicipalities } from '../../lib/queries';
import { PeriodCompleteness, periodDialogTitle } from '../../lib/ui/PeriodCompleteness';
import { ProblemAlert } from '../../lib/ui/states';
import { usePeriods, type QueueRow } from './api';

export default function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [state, setState] = useState<PeriodState>('submitted');
  const periods = usePeriods(state);
  const munis = useMunicipalities();
  const action = usePeriodAction();
  const [pending, setPending] = useState<{ period: QueueRow; action: PeriodAction } | null>(null);
  const [comment, setComment] = useState('');
  const nameOf = (p: QueueRow) => p.municipalityName ?? munis.data?.items.find((m) => m.code === p.municipality)?.name ?? p.municipality;

  const open = (period: QueueRow, a: PeriodAction) => {
    setComment('');
    action.reset();
    setPending({ period, action: a });
  };
  const confirm = () => {
    const { municipality, year } = pending?.period ?? {};
    if (!pending || !municipality || !year) return;
    action.mutate(
      { municipality, year, action: pending.action, comment, period: (pending.period as QueueRow & SubPeriod).period },
      {
        onSuccess: () => {
          message.success(t(`period.done.${pending.action}`));
          setPending(null);
        },
      },
    );
  };

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('approvals.title')}
      </Typography.Title>
      <Card size="small">
        <Segmented
          aria-label={t('approvals.filter')}
          style={{ marginBottom: 12 }}
          value={state}
          onChange={(v) => setState(v as PeriodState)}
          options={(['submitted', 'returned', 'approved', 'open'] as PeriodState[]).map((s) => ({
            value: s,
            label: t(`period.state.${s}`),
          }))}
        />
        {periods.error ? (
          <ProblemAlert error={periods.error} onRetry={() => periods.refetch()} />
        ) : (
          <Table<QueueRow>
            size="small"
            rowKey={(p) => `${p.municipality}-${p.year}-${(p as QueueRow & SubPeriod).period ?? ''}`}
            loading={periods.isLoading}
            dataSource={periods.data?.items ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 760 }}
            locale={{ emptyText: t('approvals.empty') }}
            columns={[
              {
                title: t('compare.municipality'),
                key: 'm',
                render: (_, p) => (
                  <Link to={`/municipalities/${encodeURIComponent(p.municipality ?? '')}?year=${p.year}`}>{nameOf(p)}</Link>
                ),
              },
              {
                title: t('common.year'),
                key: 'year',
                width: 120,
                render: (_, p) => (p as QueueRow & SubPeriod).periodLabel ?? p.year,
              },
              {
                title: t('approvals.state'),
                key: 's',
                width: 160,
                render: (_, p) => <Tag color={PERIOD_STATE_COLOR[p.state as PeriodState] ?? 'default'}>{t(`period.state.${p.state}`)}</Tag>,
              },
              {
                title: t('approvals.last'),
                key: 'last',
                render: (_, p) =>
                  p.updatedAt ? `${formatDateTime(p.updatedAt, i18n.language)}${p.updatedBy ? `, ${p.updatedBy}` : ''}` : '—',
              },
              {
                title: t('approvals.completeness'),
                key: 'c',
                width: 150,
                // As of the last submit; absent when the period was never submitted.
                render: (_, p) => (p.missingCount === undefined ? '—' : t('approvals.missingCount', { count: p.missingCount })),
              },
              {
                title: <span className="sr-only">{t('common.actions')}</span>,
                key: 'a',
                width: 260,
                render: (_, p) => (
                  <Space wrap>
                    {allowedActions(p.state as PeriodState | undefined, { submit: false, approve: true }).map((a) => (
                      <Button
                        key={a}
                        size="small"
                        type={a === 'approve' ? 'primary' : 'default'}
                        danger={a === 'return'}
                        onClick={() => open(p, a)}
                      >
                        {t(`period.action.${a}`)}
                      </Button>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={pending !== null}
        title={pending ? periodDialogTitle(t, pending.action, nameOf(pending.period) ?? '', pending.period.year) : ''}
        okText={pending ? t(`period.action.${pending.action}`) : ''}
        cancelText={t('common.cancel')}
        onOk={confirm}
        onCancel={() => setPending(null)}
        confirmLoading={action.isPending}
        okButtonProps={{ disabled: pending !== null && commentRequired(pending.action) && comment.trim() === '' }}
        destroyOnHidden
      >
        {pending?.period.municipality && (
          <PeriodCompleteness municipality={pending.period.municipality} year={pending.period.year} name={nameOf(pending.period)} />
        )}
        <Form layout="vertical">
          <Form.Item
            label={t('period.comment')}
            htmlFor="approval-comment"
            required={pending !== null && commentRequired(pending.action)}
            help={pending !== null && commentRequired(pending.action) ? t('period.commentRequired') : undefined}
          >
            <Input.TextArea id="approval-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
          </Form.Item>
        </Form>
        {action.error && <ProblemAlert error={action.error} />}
      </Modal>
    </div>
  );
}
