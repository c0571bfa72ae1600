import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { publicPagePath } from '../../lib/publicPath';
import { ErrorState, Loading } from '../../lib/ui/states';
import { usePublicMunicipalities } from './api';

/** /public: the municipalities that have published approved years, each with links to its years. */
export function PublicListPage() {
  const { t } = useTranslation();
  const list = usePublicMunicipalities();
  if (list.isLoading) return <Loading />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const items = list.data?.items ?? [];
  return (
    <div>
      <Typography.Title level={2} data-testid="page-title">
        {t('public.listTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('public.listIntro')}</Typography.Paragraph>
      {items.length === 0 ? (
        <Empty description={t('public.nothingPublished')} />
      ) : (
        <Card>
          <List
            dataSource={items}
            renderItem={(m) => (
              <List.Item data-testid={`public-municipality-${m.code}`}>
                <List.Item.Meta title={<Link to={publicPagePath(m.code, m.years[0])}>{m.name}</Link>} description={m.regionName} />
                <Space wrap>
                  {m.years.map((y) => (
                    <Link key={y} to={publicPagePath(m.code, y)}>
                      <Tag color="blue">{y}</Tag>
                    </Link>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
    </div>
  );
}
