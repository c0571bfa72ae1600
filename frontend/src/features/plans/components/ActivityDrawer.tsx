import { DeleteOutlined, DownloadOutlined, EditOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Empty,
  Input,
  Popconfirm,
  Select,
  Space,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityStatus, Evidence } from '../../../api/pending';
import { download } from '../../../lib/api';
import { DASH, formatDateTime, formatNumber } from '../../../lib/format';
import { useIndicators } from '../../../lib/queries';
import { ProblemAlert } from '../../../lib/ui/states';
import { addEvidenceNote, changeStatus, deleteEvidence, evidencePath, pk, uploadEvidence, useEvidence, useHistory } from '../api';
import { evidenceRefusal, STATUSES } from '../model';
import { EffectSection } from './EffectSection';
import { ActivityStatusTag, OverdueTag } from './Progress';

interface Props {
  activity: Activity | undefined;
  /** Editors of the plan's municipality (the server decides; this only hides the controls). */
  editable: boolean;
  onEdit?: (a: Activity) => void;
  onClose: () => void;
}

/** An activity: its fields, status change with a comment, history, evidence and effect. */
export function ActivityDrawer(props: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={!!props.activity}
      onClose={props.onClose}
      size="large"
      title={props.activity?.title ?? t('activities.createTitle')}
      destroyOnHidden
      data-testid="activity-drawer"
    >
      {props.activity && <DrawerBody key={`${props.activity.plan}/${props.activity.code}`} {...props} activity={props.activity} />}
    </Drawer>
  );
}

function DrawerBody({ activity: initial, editable, onEdit }: Props & { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [activity, setActivity] = useState(initial);
  const plan = activity.plan;
  const code = activity.code;
  const history = useHistory(plan, code);
  const evidence = useEvidence(plan, code);
  const [status, setStatus] = useState<ActivityStatus>(activity.status);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [statusError, setStatusError] = useState<unknown>(null);
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const lang = i18n.language;
  const indicators = useIndicators();
  const indicatorName = (c: string) => {
    const i = indicators.data?.items.find((x) => x.code === c);
    return i ? (lang.startsWith('en') && i.nameEn) || i.nameRu : c;
  };

  const refreshLists = () => {
    void qc.invalidateQueries({ queryKey: ['activities'] });
    void qc.invalidateQueries({ queryKey: pk.tree(plan) });
    void qc.invalidateQueries({ queryKey: ['plans'] });
  };

  const applyStatus = async () => {
    setBusy(true);
    setStatusError(null);
    try {
      const saved = await changeStatus(plan, code, status, comment);
      if (saved) setActivity({ ...activity, ...saved });
      setComment('');
      message.success(t('activities.statusChanged'));
      void qc.invalidateQueries({ queryKey: pk.history(plan, code) });
      refreshLists();
    } catch (e) {
      setStatusError(e);
    } finally {
      setBusy(false);
    }
  };

  const afterEvidence = () => {
    message.success(t('activities.evidenceAdded'));
    void qc.invalidateQueries({ queryKey: pk.evidence(plan, code) });
    refreshLists();
  };
  const refusal = (e: unknown) =>
    setEvidenceError(evidenceRefusal(e, { tooLarge: t('activities.tooLarge'), badType: t('activities.badType') }));

  const addNote = async () => {
    setEvidenceError(null);
    try {
      await addEvidenceNote(plan, code, { note: note.trim() || undefined, link: link.trim() || undefined });
      setNote('');
      setLink('');
      afterEvidence();
    } catch (e) {
      refusal(e);
    }
  };

  const removeEvidence = async (ev: Evidence) => {
    try {
      await deleteEvidence(plan, code, ev.id);
      void qc.invalidateQueries({ queryKey: pk.evidence(plan, code) });
      refreshLists();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <ActivityStatusTag status={activity.status} />
        {activity.overdue && <OverdueTag />}
        {editable && onEdit && (
          <Button icon={<EditOutlined />} onClick={() => onEdit(activity)} data-testid="activity-edit">
            {t('activities.edit')}
          </Button>
        )}
      </Space>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('activities.plan')}>{activity.plan}</Descriptions.Item>
        <Descriptions.Item label={t('activities.due')}>
          {activity.dueLabel ?? activity.due ?? DASH}
          {activity.recurrence ? ` · ${t(`activities.recurrenceName.${activity.recurrence}`)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('activities.responsible')}>
          {activity.responsible || DASH}
          {activity.responsibleUsers?.length ? ` (${activity.responsibleUsers.join(', ')})` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('activities.result')}>
          {activity.result || DASH}
          {activity.resultIndicator
            ? ` · ${indicatorName(activity.resultIndicator)}${typeof activity.resultTarget === 'number' ? ` → ${formatNumber(activity.resultTarget, undefined, lang)}` : ''}`
            : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('activities.indicators')}>
          {activity.indicators?.map(indicatorName).join('; ') || DASH}
        </Descriptions.Item>
        <Descriptions.Item label={t('activities.organizations')}>{activity.organizations?.join(', ') || DASH}</Descriptions.Item>
        <Descriptions.Item label={t('activities.groups')}>{activity.groups?.join(', ') || DASH}</Descriptions.Item>
        {activity.updatedAt && (
          <Descriptions.Item label={t('activities.updated')}>
            {formatDateTime(activity.updatedAt, lang)}
            {activity.updatedBy ? `, ${activity.updatedBy}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>

      {editable && (
        <>
          <Divider titlePlacement="start">{t('activities.changeStatus')}</Divider>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Select
              value={status}
              onChange={setStatus}
              style={{ width: 220 }}
              aria-label={t('activities.newStatus')}
              options={STATUSES.map((s) => ({ value: s, label: t(`activities.status.${s}`) }))}
              data-testid="status-select"
            />
            <Input.TextArea
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              placeholder={t('activities.comment')}
              aria-label={t('activities.comment')}
              data-testid="status-comment"
            />
            <Button type="primary" loading={busy} onClick={() => void applyStatus()} data-testid="status-apply">
              {t('activities.apply')}
            </Button>
            {statusError ? <ProblemAlert error={statusError} /> : null}
          </Space>
        </>
      )}

      <Divider titlePlacement="start">{t('activities.history')}</Divider>
      {history.error ? (
        <ProblemAlert error={history.error} onRetry={() => history.refetch()} />
      ) : (
        <Timeline
          data-testid="history"
          items={(history.data?.items ?? []).map((h) => ({
            content: (
              <div>
                <Typography.Text type="secondary">
                  {formatDateTime(h.at, lang)}
                  {h.by ? `, ${h.by}` : ''}
                </Typography.Text>
                <div>
                  {h.from ? `${t(`activities.status.${h.from}`)} → ` : `${t('activities.created')}: `}
                  {t(`activities.status.${h.to}`)}
                </div>
                {h.comment && <Typography.Text italic>{h.comment}</Typography.Text>}
              </div>
            ),
          }))}
        />
      )}

      <Divider titlePlacement="start">{t('activities.evidence')}</Divider>
      {evidence.error ? (
        <ProblemAlert error={evidence.error} onRetry={() => evidence.refetch()} />
      ) : (evidence.data?.items ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.noEvidence')} />
      ) : (
        <div data-testid="evidence-list">
          {(evidence.data?.items ?? []).map((ev) => (
            <div
              key={String(ev.id)}
              style={{ display: 'flex', gap: 8, alignItems: 'flex-start', padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
              data-testid={`evidence-${ev.id}`}
            >
              <div style={{ flex: 1, minWidth: 0 }}>
                <div style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                  {ev.kind === 'link' && ev.link ? (
                    <a href={ev.link} target="_blank" rel="noreferrer noopener">
                      <LinkOutlined /> {ev.name || ev.link}
                    </a>
                  ) : (
                    (ev.name ?? (ev.kind === 'note' ? t('activities.note') : ''))
                  )}
                </div>
                {ev.note && <div>{ev.note}</div>}
                <Typography.Text type="secondary">
                  {formatDateTime(ev.uploadedAt, lang)}
                  {ev.uploadedBy ? `, ${ev.uploadedBy}` : ''}
                  {typeof ev.size === 'number' ? ` · ${t('activities.kb', { size: formatNumber(ev.size / 1024, 0, lang) })}` : ''}
                </Typography.Text>
              </div>
              {ev.kind === 'file' && (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    void download(evidencePath(plan, code, ev.id), undefined, ev.name ?? 'file').catch((e: unknown) =>
                      message.error(e instanceof Error ? e.message : String(e)),
                    )
                  }
                >
                  {t('activities.download')}
                </Button>
              )}
              {editable && (
                <Popconfirm
                  title={t('activities.evidenceDeleteConfirm')}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => removeEvidence(ev)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              )}
            </div>
          ))}
        </div>
      )}
      {editable && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Upload
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              setEvidenceError(null);
              uploadEvidence(plan, code, file as File, note)
                .then((r) => {
                  onSuccess?.(r);
                  setNote('');
                  afterEvidence();
                })
                .catch((e: unknown) => {
                  onError?.(e as Error);
                  refusal(e);
                });
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="evidence-upload">
              {t('activities.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('activities.uploadHint')}</Typography.Text>
          <Input
            value={link}
            onChange={(e) => setLink(e.target.value)}
            placeholder={t('activities.link')}
            aria-label={t('activities.link')}
            data-testid="evidence-link"
          />
          <Input.TextArea
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('activities.note')}
            aria-label={t('activities.note')}
            data-testid="evidence-note"
          />
          <Button onClick={() => void addNote()} disabled={!note.trim() && !link.trim()} data-testid="evidence-add">
            {t('activities.addNote')}
          </Button>
          {evidenceError && <Alert type="error" showIcon role="alert" title={evidenceError} data-testid="evidence-error" />}
        </Space>
      )}

      <Divider titlePlacement="start">{t('activities.effect.title')}</Divider>
      <EffectSection plan={plan} activity={code} />
    </div>
  );
}
