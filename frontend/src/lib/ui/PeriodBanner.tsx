import { App, Alert, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodAction } from '../../api/types';
import { isApiError } from '../api';
import { formatDateTime } from '../format';
import { useMe } from '../me';
import { commentRequired, missingLabel, periodActions, PERIOD_STATE_COLOR, usePeriodAction } from '../periods';
import { canApprove, canSubmit } from '../permissions';
import { usePeriod } from '../queries';
import { PeriodCompleteness, periodDialogTitle } from './PeriodCompleteness';
import { PublicationControl } from './PublicationControl';
import { ProblemAlert } from './states';

/** The reporting period's state with the transitions this user may make. */
export function PeriodBanner({ municipality, year }: { municipality: string; year: number }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const period = usePeriod(municipality, year);
  const action = usePeriodAction();
  const [pending, setPending] = useState<PeriodAction | null>(null);
  const [comment, setComment] = useState('');

  if (period.isLoading) return null;
  // a school coordinator may not read the municipality's period: its page then shows none
  if (isApiError(period.error, 403)) return null;
  if (period.error) return <ProblemAlert error={period.error} onRetry={() => period.refetch()} style={{ marginBottom: 16 }} />;
  const p = period.data;
  if (!p) return null;

  const actions = periodActions(p, { submit: canSubmit(me, municipality), approve: canApprove(me) });
  const last = p.history?.[p.history.length - 1];
  const missing = p.completeness?.missing ?? [];
  const warnings = p.completeness?.warnings ?? [];

  const open = (a: PeriodAction) => {
    setComment('');
    action.reset();
    setPending(a);
  };
  const confirm = () => {
    if (!pending) return;
    action.mutate(
      { municipality, year, action: pending, comment },
      {
        onSuccess: () => {
          message.success(t(`period.done.${pending}`));
          setPending(null);
        },
      },
    );
  };

  const alertType = p.state === 'approved' ? 'success' : p.state === 'returned' ? 'warning' : p.state === 'submitted' ? 'info' : 'info';

  return (
    <>
      <Alert
        type={alertType}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="period-banner"
        title={
          <Space wrap>
            <span>{t('period.title', { year })}</span>
            <Tag color={p.state ? PERIOD_STATE_COLOR[p.state] : 'default'} data-testid="period-state">
              {t(`period.state.${p.state}`)}
            </Tag>
            {(p.state === 'submitted' || p.state === 'approved') && <span>{t('period.locked')}</span>}
          </Space>
        }
        description={
          last?.comment ? (
            <Typography.Text>
              {t('period.lastComment', { actor: last.actor, at: formatDateTime(last.at, i18n.language) })}: «{last.comment}»
            </Typography.Text>
          ) : undefined
        }
        action={
          actions.length > 0 ? (
            <Space wrap>
              {actions.map((a) => (
                <Button
                  key={a}
                  size="small"
                  type={a === 'submit' || a === 'approve' ? 'primary' : 'default'}
                  danger={a === 'return'}
                  onClick={() => open(a)}
                >
                  {t(`period.action.${a}`)}
                </Button>
              ))}
            </Space>
          ) : undefined
        }
      />
      {p.state === 'approved' && <PublicationControl municipality={municipality} year={year} />}
      <Modal
        open={pending !== null}
        title={pending ? periodDialogTitle(t, pending, p.municipalityName ?? municipality, year) : ''}
        okText={pending ? t(`period.action.${pending}`) : ''}
        cancelText={t('common.cancel')}
        onCancel={() => setPending(null)}
        onOk={confirm}
        confirmLoading={action.isPending}
        okButtonProps={{ disabled: pending !== null && commentRequired(pending) && comment.trim() === '' }}
        destroyOnHidden
      >
        {pending && (
          <PeriodCompleteness municipality={municipality} year={year} name={p.municipalityName} listsBelow={pending === 'submit'} />
        )}
        {pending === 'submit' && (
          <div style={{ marginBottom: 12 }}>
            {missing.length === 0 && warnings.length === 0 ? (
              <Alert type="success" showIcon title={t('period.complete')} />
            ) : (
              <>
                {missing.length > 0 && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('period.missing', { count: missing.length })}
                    description={
                      <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 200, overflow: 'auto' }}>
                        {missing.map((m) => (
                          <li key={missingLabel(m)}>{missingLabel(m)}</li>
                        ))}
                      </ul>
                    }
                    style={{ marginBottom: 8 }}
                  />
                )}
                {warnings.length > 0 && (
                  <Alert
                    type="info"
                    showIcon
                    title={t('period.warnings', { count: warnings.length })}
                    description={
                      <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 200, overflow: 'auto' }}>
                        {warnings.map((w, i) => (
                          <li key={i}>
                            <b>{w.indicator}</b>: {w.message}
                          </li>
                        ))}
                      </ul>
                    }
                  />
                )}
              </>
            )}
          </div>
        )}
        <Form layout="vertical">
          <Form.Item
            label={t('period.comment')}
            htmlFor="period-comment"
            required={pending !== null && commentRequired(pending)}
            help={pending !== null && commentRequired(pending) ? t('period.commentRequired') : undefined}
          >
            <Input.TextArea id="period-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
          </Form.Item>
        </Form>
        {action.error && <ProblemAlert error={action.error} />}
      </Modal>
    </>
  );
}
