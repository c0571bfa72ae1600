import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Form, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation, RecommendationOutcome } from '../../../api/pending';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { ProblemAlert } from '../../../lib/ui/states';
import { deleteRecommendation, giveVerdict, recKeys, respond } from '../api';
import { canDelete, canJudge, canRespond } from '../model';
import { EffectTable } from './EffectTable';
import { StatusTag } from './StatusTag';

const OUTCOMES: RecommendationOutcome[] = ['effective', 'partly', 'not_effective'];

/** One recommendation: what was asked and why, the school's answer, the verdict, and the effect. */
export function RecommendationDrawer({ rec, onClose }: { rec: Recommendation | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [answer, setAnswer] = useState('');
  const [outcome, setOutcome] = useState<RecommendationOutcome | undefined>();
  const [verdictText, setVerdictText] = useState('');
  const [shown, setShown] = useState<Recommendation | undefined>(rec);
  if (rec?.id !== shown?.id || (rec && shown && rec.version > shown.version)) {
    setShown(rec);
    setAnswer(rec?.response?.text ?? '');
    setOutcome(undefined);
    setVerdictText('');
    setError(undefined);
  }
  const r = shown;

  const run = async (action: () => Promise<Recommendation | void>) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await action();
      if (saved) setShown(saved);
      void qc.invalidateQueries({ queryKey: recKeys.all });
      if (!saved) onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={!!rec}
      onClose={onClose}
      size="large"
      title={r ? `${r.title} — ${r.organizationName}` : ''}
      destroyOnHidden
      data-testid="recommendation-drawer"
    >
      {r && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('recommendations.status')}>
              <StatusTag rec={r} />
            </Descriptions.Item>
            <Descriptions.Item label={t('recommendations.due')}>{r.dueLabel}</Descriptions.Item>
            <Descriptions.Item label={t('recommendations.school')}>{r.organizationName}</Descriptions.Item>
            <Descriptions.Item label={t('recommendations.text')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.text}</Typography.Paragraph>
            </Descriptions.Item>
            {r.reason && (
              <Descriptions.Item label={t('recommendations.reason')}>
                <span data-testid="recommendation-reason">{r.reason}</span>
              </Descriptions.Item>
            )}
            {r.rule && <Descriptions.Item label={t('recommendations.rule')}>{`${r.rule} (${r.year})`}</Descriptions.Item>}
            {r.group && <Descriptions.Item label={t('recommendations.group')}>{r.group}</Descriptions.Item>}
            <Descriptions.Item label={t('recommendations.created')}>
              {`${formatDateTime(r.createdAt, i18n.language)}, ${r.createdBy}`}
            </Descriptions.Item>
          </Descriptions>

          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('recommendations.response')}
          </Typography.Title>
          {r.response ? (
            <Typography.Paragraph data-testid="recommendation-response">
              <span style={{ whiteSpace: 'pre-wrap' }}>{r.response.text}</span>
              <br />
              <Typography.Text type="secondary">{`${formatDateTime(r.response.at, i18n.language)}, ${r.response.by}`}</Typography.Text>
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary">{t('recommendations.noResponse')}</Typography.Paragraph>
          )}
          {canRespond(me, r) && (
            <Form layout="vertical" onFinish={() => void run(() => respond(r, answer))}>
              <Form.Item label={t('recommendations.answer')} required>
                <Input.TextArea
                  rows={3}
                  maxLength={10000}
                  value={answer}
                  onChange={(e) => setAnswer(e.target.value)}
                  data-testid="response-text"
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} disabled={!answer.trim()} data-testid="response-save">
                {t(r.response ? 'recommendations.updateAnswer' : 'recommendations.sendAnswer')}
              </Button>
            </Form>
          )}

          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('recommendations.verdict')}
          </Typography.Title>
          {r.verdict ? (
            <Typography.Paragraph data-testid="recommendation-verdict">
              <Tag color={r.verdict.outcome === 'effective' ? 'green' : r.verdict.outcome === 'partly' ? 'gold' : 'red'}>
                {t(`recommendations.outcome.${r.verdict.outcome}`)}
              </Tag>
              {r.verdict.text}
              <br />
              <Typography.Text type="secondary">{`${formatDateTime(r.verdict.at, i18n.language)}, ${r.verdict.by}`}</Typography.Text>
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary">{t('recommendations.noVerdict')}</Typography.Paragraph>
          )}
          {canJudge(me, r) && (
            <Form layout="vertical" onFinish={() => outcome && void run(() => giveVerdict(r, outcome, verdictText.trim() || undefined))}>
              <Form.Item label={t('recommendations.outcomeLabel')} required>
                <Select<RecommendationOutcome>
                  value={outcome}
                  onChange={setOutcome}
                  options={OUTCOMES.map((o) => ({ value: o, label: t(`recommendations.outcome.${o}`) }))}
                  data-testid="verdict-outcome"
                />
              </Form.Item>
              <Form.Item label={t('recommendations.verdictText')}>
                <Input.TextArea rows={2} maxLength={10000} value={verdictText} onChange={(e) => setVerdictText(e.target.value)} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={busy} disabled={!outcome} data-testid="verdict-save">
                  {t('recommendations.close')}
                </Button>
                {canDelete(me, r) && (
                  <Popconfirm title={t('recommendations.deleteConfirm')} onConfirm={() => void run(() => deleteRecommendation(r))}>
                    <Button danger data-testid="recommendation-delete">
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            </Form>
          )}
          {error ? <ProblemAlert error={error} style={{ marginTop: 12 }} /> : null}

          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('recommendations.effect.title')}
          </Typography.Title>
          {r.indicators.length ? (
            <EffectTable id={r.id} />
          ) : (
            <Alert type="info" showIcon title={t('recommendations.effect.noIndicators')} />
          )}
        </>
      )}
    </Drawer>
  );
}
