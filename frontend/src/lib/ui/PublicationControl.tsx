import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Modal, Popconfirm, Progress, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication, PublicationArea, PublicationInput } from '../../api/pending';
import { isApiError, request } from '../api';
import { formatDateTime } from '../format';
import { publicPagePath } from '../publicPath';
import { ProblemAlert } from './states';

const key = (municipality: string, year: number) => ['publication', municipality, year] as const;

function usePublication(municipality: string, year: number) {
  return useQuery({
    queryKey: key(municipality, year),
    queryFn: ({ signal }) =>
      request<Publication>(`/municipalities/${encodeURIComponent(municipality)}/periods/${year}/publication`, { signal }),
  });
}

function usePublish(municipality: string, year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { action: 'publish' | 'unpublish'; body?: PublicationInput }) =>
      request<Publication>(`/municipalities/${encodeURIComponent(municipality)}/periods/${year}/${v.action}`, {
        method: 'POST',
        body: v.body ?? {},
      }),
    onSuccess: (data) => qc.setQueryData(key(municipality, year), data),
  });
}

/**
 * «Публикация» of an approved year on the period's banner: what is open to the public, a link to the public page,
 * and for those who may (the ministry, the admin, a municipality's editor when its region allows it) publish or
 * unpublish the whole year or area by area. Unpublishing takes effect for the next visitor.
 */
export function PublicationControl({ municipality, year }: { municipality: string; year: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const publication = usePublication(municipality, year);
  const action = usePublish(municipality, year);
  const [areasOpen, setAreasOpen] = useState(false);

  if (publication.isLoading || isApiError(publication.error, 403)) return null;
  if (publication.error) return <ProblemAlert error={publication.error} style={{ marginBottom: 16 }} />;
  const p = publication.data;
  if (!p || (p.periodState !== 'approved' && !p.published)) return null;

  const run = (a: 'publish' | 'unpublish', body?: PublicationInput) =>
    action.mutate(
      { action: a, body },
      {
        onSuccess: () => message.success(t(a === 'publish' ? 'publication.donePublish' : 'publication.doneUnpublish')),
      },
    );
  const percent = p.total ? Math.round((p.publishedCount * 100) / p.total) : 0;

  return (
    <Card
      size="small"
      className="no-print"
      style={{ marginBottom: 16 }}
      data-testid="publication"
      data-published={String(p.published)}
      title={
        <Space wrap>
          <span>{t('publication.title')}</span>
          <Tag color={p.published ? 'green' : 'default'} data-testid="publication-state">
            {p.all
              ? t('publication.all')
              : p.published
                ? t('publication.partly', { published: p.publishedCount, total: p.total })
                : t('publication.none')}
          </Tag>
        </Space>
      }
      extra={
        p.published ? (
          <a href={publicPagePath(municipality, year)} target="_blank" rel="noreferrer" data-testid="publication-link">
            {t('publication.open')}
          </a>
        ) : undefined
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {p.published && (
          <Space wrap>
            <Progress percent={percent} size="small" style={{ width: 200 }} />
            {p.publishedAt && (
              <Typography.Text type="secondary">
                {t('publication.changed', { at: formatDateTime(p.publishedAt, i18n.language), by: p.publishedBy ?? '' })}
              </Typography.Text>
            )}
          </Space>
        )}
        {!p.canPublish && !p.published && <Typography.Text type="secondary">{t('publication.whoMay')}</Typography.Text>}
        {p.canPublish && (
          <Space wrap>
            {!p.all && (
              <Button type="primary" size="small" loading={action.isPending} onClick={() => run('publish')} data-testid="publish-all">
                {t('publication.publishAll')}
              </Button>
            )}
            <Button size="small" onClick={() => setAreasOpen(true)} data-testid="publish-areas">
              {t('publication.byArea')}
            </Button>
            {p.published && (
              <Popconfirm title={t('publication.unpublishConfirm')} onConfirm={() => run('unpublish')} okText={t('publication.unpublish')}>
                <Button size="small" danger data-testid="unpublish-all">
                  {t('publication.unpublish')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
        {action.error && <ProblemAlert error={action.error} />}
      </Space>
      <Modal
        open={areasOpen}
        title={t('publication.byAreaTitle', { year })}
        onCancel={() => setAreasOpen(false)}
        footer={null}
        destroyOnHidden
      >
        <Table<PublicationArea>
          size="small"
          rowKey={(a) => a.area ?? ''}
          pagination={false}
          dataSource={p.areas}
          columns={[
            { title: t('publication.area'), key: 'area', render: (_: unknown, a: PublicationArea) => a.area ?? t('dashboard.noArea') },
            {
              title: t('publication.published'),
              key: 'count',
              width: 110,
              render: (_: unknown, a: PublicationArea) => `${a.published} / ${a.total}`,
            },
            {
              title: '',
              key: 'switch',
              width: 70,
              render: (_: unknown, a: PublicationArea) => (
                <Switch
                  size="small"
                  aria-label={a.area ?? t('dashboard.noArea')}
                  checked={a.published === a.total && a.total > 0}
                  disabled={!a.area || action.isPending}
                  onChange={(on) => a.area && run(on ? 'publish' : 'unpublish', { areas: [a.area] })}
                />
              ),
            },
          ]}
        />
        {action.error && <ProblemAlert error={action.error} style={{ marginTop: 8 }} />}
      </Modal>
    </Card>
  );
}
