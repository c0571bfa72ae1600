import { ApartmentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Col, Input, Menu, Row, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueScope, IndicatorReach } from '../../api/pending';
import type { Indicator } from '../../api/types';
import { useMe } from '../../lib/me';
import { canEditCatalogue } from '../../lib/permissions';
import { useIndicators } from '../../lib/queries';
import { hasOwnCatalogue, ScopeToggle, SharedTag } from '../../lib/ui/CatalogueScope';
import { unitLabel } from '../../lib/units';
import { ProblemAlert } from '../../lib/ui/states';
import { useAreas } from './api';
import { AreasDrawer } from './components/AreasDrawer';
import { IndicatorDrawer, type IndicatorTarget } from './components/IndicatorDrawer';

export default function CataloguePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [area, setArea] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<'active' | 'archived'>('active');
  const [editing, setEditing] = useState<IndicatorTarget>(null);
  const [areasOpen, setAreasOpen] = useState(false);
  const areas = useAreas();
  const own = hasOwnCatalogue(me);
  const [scope, setScope] = useState<CatalogueScope>('mine');
  const indicators = useIndicators({ area, q: q || undefined, status, scope: own ? scope : 'all' });
  const admin = canEditCatalogue(me);

  return (
    <div>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('catalogue.title')}
        </Typography.Title>
        {admin && (
          <Space wrap className="no-print">
            <Button icon={<ApartmentOutlined />} onClick={() => setAreasOpen(true)} data-testid="areas-manage">
              {t('areas.manage')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })} data-testid="indicator-create">
              {t('catalogue.create')}
            </Button>
          </Space>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('catalogue.areas')} styles={{ body: { padding: 0 } }}>
            {areas.error ? (
              <ProblemAlert error={areas.error} onRetry={() => areas.refetch()} />
            ) : (
              <Menu
                selectedKeys={[area ?? '__all']}
                onClick={(e) => setArea(e.key === '__all' ? undefined : e.key)}
                items={[
                  { key: '__all', label: t('catalogue.allAreas') },
                  ...(areas.data ?? []).map((a) => ({
                    key: a.area ?? '',
                    label: (
                      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                        <span style={{ whiteSpace: 'normal' }}>{a.area}</span>
                        <Badge count={a.count} color="#8c8c8c" overflowCount={999} />
                      </Space>
                    ),
                  })),
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          <Card size="small">
            <Space wrap style={{ marginBottom: 12 }}>
              <Input.Search
                allowClear
                aria-label={t('dashboard.search')}
                placeholder={t('catalogue.search')}
                onSearch={setQ}
                style={{ width: 300 }}
              />
              {own && (
                <span title={t('catalogue.scopeHint')}>
                  <ScopeToggle value={scope} onChange={setScope} />
                </span>
              )}
              <Segmented
                aria-label={t('catalogue.status')}
                value={status}
                onChange={(v) => setStatus(v as 'active' | 'archived')}
                options={[
                  { value: 'active', label: t('indicatorStatus.active') },
                  { value: 'archived', label: t('indicatorStatus.archived') },
                ]}
              />
            </Space>
            {indicators.error ? (
              <ProblemAlert error={indicators.error} onRetry={() => indicators.refetch()} />
            ) : (
              <Table<Indicator & IndicatorReach>
                size="small"
                rowKey="code"
                loading={indicators.isFetching}
                dataSource={indicators.data?.items ?? []}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                scroll={{ x: 760 }}
                data-testid="catalogue-table"
                expandable={{
                  expandedRowRender: (i) => (
                    <div style={{ fontSize: 13 }}>
                      {i.description && <p>{i.description}</p>}
                      {i.formula && (
                        <p>
                          <b>{t('catalogue.formula')}:</b> {i.formula}
                        </p>
                      )}
                      {i.source && (
                        <p>
                          <b>{t('catalogue.source')}:</b> {i.source}
                        </p>
                      )}
                    </div>
                  ),
                  rowExpandable: (i) => !!(i.description || i.formula || i.source),
                }}
                columns={[
                  { title: t('catalogue.code'), dataIndex: 'code', width: 110 },
                  {
                    title: t('catalogue.name'),
                    key: 'name',
                    render: (_, i) => (
                      <>
                        {(en && i.nameEn) || i.nameRu} <SharedTag shared={i.shared} count={i.municipalityCount} />
                      </>
                    ),
                  },
                  {
                    title: t('catalogue.area'),
                    key: 'area',
                    width: 200,
                    responsive: ['xl' as const],
                    render: (_, i) => (en && i.areaEn) || i.area || '—',
                  },
                  { title: t('catalogue.unit'), dataIndex: 'unit', width: 120, render: (u: string | undefined) => unitLabel(t, u) },
                  {
                    title: t('catalogue.polarity'),
                    key: 'polarity',
                    width: 80,
                    render: (_, i) => (i.polarity === 'lower' ? <Tag>↓</Tag> : i.polarity === 'higher' ? <Tag>↑</Tag> : '—'),
                  },
                  { title: t('catalogue.level'), key: 'level', width: 130, render: (_, i) => t(`level.${i.level}`) },
                  ...(admin
                    ? [
                        {
                          title: <span className="sr-only">{t('common.actions')}</span>,
                          key: 'edit',
                          width: 60,
                          render: (_: unknown, i: Indicator) => (
                            <Button
                              icon={<EditOutlined />}
                              aria-label={t('catalogue.editFor', { code: i.code })}
                              onClick={() => setEditing(i.code ? { mode: 'edit', code: i.code } : null)}
                            />
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      {admin && <AreasDrawer open={areasOpen} onClose={() => setAreasOpen(false)} />}
      {admin && (
        <IndicatorDrawer
          target={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('catalogue.saved'));
            void qc.invalidateQueries({ queryKey: ['indicators'] });
            void qc.invalidateQueries({ queryKey: ['indicator'] });
            void qc.invalidateQueries({ queryKey: ['indicator-areas'] });
            void qc.invalidateQueries({ queryKey: ['areas'] });
          }}
        />
      )}
    </div>
  );
}
