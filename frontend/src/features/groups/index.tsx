import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Group } from '../../api/types';
import { ApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { canWrite } from '../../lib/permissions';
import { qk, useGroups, useMunicipalityName, useOrganizations } from '../../lib/queries';
import { ErrorState, Loading } from '../../lib/ui/states';
import { deleteGroup, groupExists, putGroup } from './api';
import { GroupEditor } from './components/GroupEditor';
import { yearsText } from './model';

/** A municipality's registers of schools: list, create, edit, delete. */
export default function GroupsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const name = useMunicipalityName(code);
  const groups = useGroups(code);
  const orgs = useOrganizations(code);
  const [editing, setEditing] = useState<{ group: Group | undefined } | null>(null);
  const writable = canWrite(me, code);
  const m = `/municipalities/${encodeURIComponent(code)}`;

  if (groups.isLoading) return <Loading />;
  if (groups.error) return <ErrorState error={groups.error} onRetry={() => groups.refetch()} />;

  const refresh = () => void qc.invalidateQueries({ queryKey: qk.groups(code) });
  const orgName = new Map((orgs.data?.items ?? []).map((o) => [o.code, o.name]));

  const remove = async (g: Group) => {
    try {
      await deleteGroup(code, g);
      message.success(t('groups.deleted', { name: g.name }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      refresh();
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('groups.title', { name })}
        </Typography.Title>
        {writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ group: undefined })} data-testid="group-create">
            {t('groups.create')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('groups.intro')}</Typography.Paragraph>
      <Table<Group>
        size="small"
        rowKey={(g) => g.code ?? ''}
        dataSource={groups.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('groups.none') }}
        onRow={(g) => ({ 'data-testid': `group-row-${g.code}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        columns={[
          {
            title: t('groups.name'),
            key: 'name',
            render: (_, g) => <Link to={`${m}/groups/${encodeURIComponent(g.code ?? '')}`}>{g.name}</Link>,
          },
          { title: t('groups.code'), dataIndex: 'code', width: 160 },
          { title: t('groups.years'), key: 'years', width: 120, render: (_, g) => yearsText(g) },
          {
            title: t('groups.schools'),
            key: 'schools',
            render: (_, g) => (
              <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 420 }}>
                {t('groups.count', { count: g.organizations?.length ?? 0 })}
                {(g.organizations?.length ?? 0) > 0 && ': ' + (g.organizations ?? []).map((o) => orgName.get(o) ?? o).join(', ')}
              </Typography.Text>
            ),
          },
          ...(writable
            ? [
                {
                  title: <span className="sr-only">{t('common.actions')}</span>,
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, g: Group) => (
                    <Space size={4}>
                      <Button
                        icon={<EditOutlined />}
                        aria-label={t('groups.editTitle', { name: g.name })}
                        onClick={() => setEditing({ group: g })}
                        data-testid={`group-edit-${g.code}`}
                      />
                      <Popconfirm
                        title={t('groups.deleteConfirm', { name: g.name })}
                        description={t('groups.deleteHint')}
                        okText={t('common.delete')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove(g)}
                      >
                        <Button
                          icon={<DeleteOutlined />}
                          danger
                          aria-label={t('groups.deleteFor', { name: g.name })}
                          data-testid={`group-delete-${g.code}`}
                        />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <GroupEditor
        open={editing !== null}
        group={editing?.group}
        organizations={orgs.data?.items ?? []}
        onClose={() => setEditing(null)}
        onSave={async (group, body, version) => {
          // a new register's code is its address (PUT /groups/{code}); an existing one is never overwritten unseen
          if (version === undefined) {
            if (!group) throw codeError(t('validation.required'));
            if (await groupExists(code, group)) throw codeError(t('groups.exists', { code: group }));
          }
          const saved = await putGroup(code, group, body, version);
          message.success(t('groups.saved', { name: saved?.name ?? body.name }));
          refresh();
          void qc.invalidateQueries({ queryKey: ['group', code, group] });
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
