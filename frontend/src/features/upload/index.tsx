import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Progress,
  Radio,
  Result,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import type { ImportJob, ImportMode, ImportStatus, ImportType } from '../../api/types';
import { download } from '../../lib/api';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useGroups, useMunicipalityName, useOrganizations, useYearsWithData } from '../../lib/queries';
import { ProblemAlert } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import {
  isFinished,
  postImport,
  progressPercent,
  templateFallbackName,
  templateRequest,
  useImports,
  useJob,
  useTemplateAreas,
} from './api';
import { ErrorsTable } from './components/ErrorsTable';

const JOB_COLOR: Record<ImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'green',
  failed: 'red',
  rejected: 'volcano',
};

export default function UploadPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const name = useMunicipalityName(code);
  const years = useYearsWithData(code);
  const [search] = useSearchParams();
  // ?year= opens the page on that year's template (links from elsewhere, the browser test)
  const [templateYear, setTemplateYear] = useState<number | undefined>(Number(search.get('year')) || undefined);
  const [templateKind, setTemplateKind] = useState<'values' | 'targets'>('values');
  const [templateArea, setTemplateArea] = useState<string | undefined>();
  const [templateOrg, setTemplateOrg] = useState<string | undefined>();
  const [templateGroup, setTemplateGroup] = useState<string | undefined>();
  const areas = useTemplateAreas();
  const organizations = useOrganizations(code);
  const groups = useGroups(code);
  const [type, setType] = useState<ImportType>('values');
  const [mode, setMode] = useState<ImportMode>('atomic');
  const [file, setFile] = useState<File | null>(null);
  const [dryJobId, setDryJobId] = useState<string | number | undefined>();
  const [realJobId, setRealJobId] = useState<string | number | undefined>();
  const [posting, setPosting] = useState(false);
  const [postError, setPostError] = useState<unknown>(null);
  const dryJob = useJob(dryJobId);
  const realJob = useJob(realJobId);
  const imports = useImports();
  const tYear = templateYear ?? years.latest ?? new Date().getFullYear();

  const reset = () => {
    setDryJobId(undefined);
    setRealJobId(undefined);
    setPostError(null);
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setPosting(true);
    setPostError(null);
    try {
      const job = await postImport(file, type, dryRun, mode);
      qc.setQueryData(['import', job.id], job);
      if (dryRun) setDryJobId(job.id);
      else setRealJobId(job.id);
      void qc.invalidateQueries({ queryKey: ['imports'] });
    } catch (e) {
      setPostError(e);
    } finally {
      setPosting(false);
    }
  };

  const downloadErrors = (id: string | number) =>
    download(`/imports/${encodeURIComponent(String(id))}/errors`, undefined, `import-${id}-errors.csv`).catch((e: unknown) =>
      message.error(e instanceof Error ? e.message : String(e)),
    );

  const dry = dryJob.data;
  const real = realJob.data;
  const dryDone = isFinished(dry?.status);
  const canConfirm =
    dryDone &&
    dry &&
    (dry.rowsRejected === 0 || mode === 'partial') &&
    dry.status !== 'failed' &&
    (dry.rowsTotal ?? 0) > (dry.rowsRejected ?? 0);
  const step = real ? (isFinished(real.status) ? 3 : 2) : dry ? 1 : 0;

  const realFinished = isFinished(real?.status);
  useEffect(() => {
    if (!realFinished) return;
    for (const key of ['attainment', 'attainment-summary', 'values', 'targets', 'series', 'audit', 'yearsWithData', 'imports']) {
      void qc.invalidateQueries({ queryKey: [key] });
    }
  }, [realFinished, qc]);

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('upload.title', { name })}
      </Typography.Title>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('upload.step.choose') },
          { title: t('upload.step.check') },
          { title: t('upload.step.import') },
          { title: t('upload.step.result') },
        ]}
      />
      <Card size="small" title={t('upload.template')} style={{ marginBottom: 16 }}>
        <Space wrap>
          <YearSelect value={tYear} onChange={setTemplateYear} years={yearOptions(years.years, tYear)} />
          <Radio.Group
            value={templateKind}
            onChange={(e) => setTemplateKind(e.target.value)}
            optionType="button"
            aria-label={t('upload.templateKind')}
            options={[
              { value: 'values', label: t('upload.templateValues') },
              { value: 'targets', label: t('upload.templateTargets') },
            ]}
          />
          <Select
            aria-label={t('upload.templateArea')}
            style={{ minWidth: 200, maxWidth: 320 }}
            allowClear
            placeholder={t('upload.templateAllAreas')}
            value={templateArea}
            onChange={setTemplateArea}
            options={(areas.data ?? []).map((a) => ({ value: a.area ?? '', label: a.area }))}
            data-testid="template-area"
          />
          <Select
            aria-label={t('upload.templateOrganization')}
            style={{ minWidth: 200, maxWidth: 320 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('upload.templateMunicipality')}
            value={templateOrg}
            onChange={(v) => {
              setTemplateOrg(v);
              if (v) setTemplateGroup(undefined);
            }}
            options={(organizations.data?.items ?? []).map((o) => ({ value: o.code ?? '', label: o.name ?? o.code }))}
            data-testid="template-organization"
          />
          {(groups.data?.items ?? []).length > 0 && (
            <Select
              aria-label={t('upload.templateGroup')}
              style={{ minWidth: 180, maxWidth: 320 }}
              allowClear
              placeholder={t('upload.templateGroup')}
              value={templateGroup}
              onChange={(v) => {
                setTemplateGroup(v);
                if (v) setTemplateOrg(undefined);
              }}
              options={(groups.data?.items ?? []).map((g) => ({ value: g.code ?? '', label: g.name ?? g.code }))}
              data-testid="template-group"
            />
          )}
          <Button
            icon={<DownloadOutlined />}
            data-testid="download-template"
            onClick={() => {
              const choice = { kind: templateKind, year: tYear, area: templateArea, organization: templateOrg, group: templateGroup };
              const r = templateRequest(code, choice);
              download(r.path, r.query, templateFallbackName(code, choice)).catch((e: unknown) =>
                message.error(e instanceof Error ? e.message : String(e)),
              );
            }}
          >
            {t('upload.downloadTemplate')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              download(
                '/values/export',
                { format: 'xlsx', municipality: code, year: tYear },
                `orientir-${code}-${tYear}-values.xlsx`,
              ).catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))
            }
          >
            {t('upload.exportXlsx')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              download('/values/export', { format: 'csv', municipality: code, year: tYear }, `orientir-${code}-${tYear}-values.csv`).catch(
                (e: unknown) => message.error(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t('upload.exportCsv')}
          </Button>
        </Space>
      </Card>
      <Card size="small" title={t('upload.file')} style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Space wrap size="large">
            <Form.Item label={t('upload.type')}>
              <Radio.Group
                value={type}
                onChange={(e) => {
                  setType(e.target.value);
                  reset();
                }}
                optionType="button"
                aria-label={t('upload.type')}
                options={[
                  { value: 'values', label: t('upload.types.values') },
                  { value: 'targets', label: t('upload.types.targets') },
                ]}
              />
            </Form.Item>
            <Form.Item label={t('upload.mode')} help={t(`upload.modeHelp.${mode}`)}>
              <Radio.Group
                value={mode}
                onChange={(e) => {
                  setMode(e.target.value);
                  reset();
                }}
                optionType="button"
                aria-label={t('upload.mode')}
                options={[
                  { value: 'atomic', label: t('upload.modes.atomic') },
                  { value: 'partial', label: t('upload.modes.partial') },
                ]}
              />
            </Form.Item>
          </Space>
          <Upload.Dragger
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              reset();
              return false;
            }}
            onRemove={() => {
              setFile(null);
              reset();
            }}
            fileList={file ? [{ uid: 'f', name: file.name, status: 'done' }] : []}
            data-testid="upload-dragger"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('upload.dropHint')}</p>
            <p className="ant-upload-hint">{t('upload.formats')}</p>
          </Upload.Dragger>
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" disabled={!file} loading={posting && !dryJobId} onClick={() => void send(true)} data-testid="dry-run">
              {t('upload.check')}
            </Button>
          </Space>
        </Form>
        {postError !== null && <ProblemAlert error={postError} style={{ marginTop: 12 }} />}
      </Card>

      {dryJobId !== undefined && (
        <Card size="small" title={t('upload.dryRunReport')} style={{ marginBottom: 16 }} data-testid="dry-run-report">
          {dryJob.error && !dryDone ? (
            <ProblemAlert error={dryJob.error} onRetry={() => dryJob.refetch()} />
          ) : !dryDone ? (
            <Progress percent={progressPercent(dry)} status="active" aria-label={t('upload.progress')} />
          ) : (
            dry && (
              <>
                <JobSummary job={dry} />
                {dry.message && (
                  <Alert type={dry.status === 'succeeded' ? 'info' : 'error'} showIcon style={{ marginTop: 12 }} title={dry.message} />
                )}
                {(dry.rowsRejected ?? 0) > 0 || (dry.errors?.length ?? 0) > 0 ? (
                  <Alert
                    type={mode === 'atomic' ? 'error' : 'warning'}
                    showIcon
                    style={{ margin: '12px 0' }}
                    title={t(mode === 'atomic' ? 'upload.badRowsAtomic' : 'upload.badRowsPartial', {
                      count: dry.rowsRejected || dry.errors?.length || 0,
                    })}
                  />
                ) : (
                  <Alert type="success" showIcon style={{ margin: '12px 0' }} title={t('upload.allGood', { count: dry.rowsTotal })} />
                )}
                {dry.errors && dry.errors.length > 0 && <ErrorsTable errors={dry.errors} />}
                <Space style={{ marginTop: 12 }}>
                  <Button
                    type="primary"
                    disabled={!canConfirm || realJobId !== undefined}
                    loading={posting && !!dryJobId}
                    onClick={() => void send(false)}
                    data-testid="confirm-import"
                  >
                    {t('upload.confirm')}
                  </Button>
                  <Button onClick={reset}>{t('common.cancel')}</Button>
                </Space>
              </>
            )
          )}
        </Card>
      )}

      {realJobId !== undefined && (
        <Card size="small" title={t('upload.importTitle')} style={{ marginBottom: 16 }}>
          {realJob.error && !realFinished ? (
            <ProblemAlert error={realJob.error} onRetry={() => realJob.refetch()} />
          ) : real && isFinished(real.status) ? (
            <Result
              status={real.status === 'succeeded' ? 'success' : 'error'}
              title={t(`upload.result.${real.status}`)}
              subTitle={t('upload.resultCounts', {
                imported: formatNumber(real.rowsImported, 0, lang),
                rejected: formatNumber(real.rowsRejected, 0, lang),
              })}
              extra={
                (real.rowsRejected ?? 0) > 0 || (real.errors?.length ?? 0) > 0 ? (
                  <Button icon={<DownloadOutlined />} onClick={() => void downloadErrors(real.id ?? '')}>
                    {t('upload.errorsCsv')}
                  </Button>
                ) : undefined
              }
            >
              {real.rowsChanged !== undefined && real.rowsChanged !== null && (
                <Typography.Paragraph strong data-testid="change-counts">
                  {t('upload.templateCounts', {
                    changed: formatNumber(real.rowsChanged, 0, lang),
                    unchanged: formatNumber(real.rowsUnchanged ?? 0, 0, lang),
                    empty: formatNumber(real.rowsEmpty ?? 0, 0, lang),
                  })}
                </Typography.Paragraph>
              )}
              {real.message && (
                <Alert
                  type={real.status === 'succeeded' ? 'info' : 'error'}
                  showIcon
                  style={{ marginBottom: 12, textAlign: 'left' }}
                  title={real.message}
                />
              )}
              {real.errors && real.errors.length > 0 && <ErrorsTable errors={real.errors} />}
            </Result>
          ) : (
            <div>
              <Progress percent={progressPercent(real)} status="active" aria-label={t('upload.progress')} data-testid="import-progress" />
              <Typography.Text type="secondary">
                {t('upload.processed', {
                  done: formatNumber(real?.rowsProcessed ?? 0, 0, lang),
                  total: formatNumber(real?.rowsTotal ?? 0, 0, lang),
                })}
              </Typography.Text>
            </div>
          )}
        </Card>
      )}

      <Card size="small" title={t('upload.history')} styles={{ body: { padding: 0 } }}>
        {imports.error ? (
          <ProblemAlert error={imports.error} onRetry={() => imports.refetch()} />
        ) : (
          <Table<ImportJob>
            size="small"
            rowKey={(r) => String(r.id)}
            loading={imports.isLoading}
            dataSource={imports.data?.items ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 760 }}
            columns={[
              { title: t('upload.created'), key: 'at', width: 150, render: (_, r) => formatDateTime(r.createdAt, lang) },
              { title: t('upload.fileName'), dataIndex: 'fileName', render: (f: string | undefined) => f ?? '—' },
              { title: t('upload.type'), key: 'type', width: 110, render: (_, r) => t(`upload.types.${r.type}`, { defaultValue: r.type }) },
              {
                title: t('upload.status'),
                key: 'status',
                width: 170,
                render: (_, r) => (
                  <Space size={2}>
                    <Tag color={r.status ? JOB_COLOR[r.status] : 'default'}>{t(`upload.jobStatus.${r.status}`)}</Tag>
                    {r.dryRun && <Tag>{t('upload.dryRun')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('upload.rows'),
                key: 'rows',
                width: 150,
                render: (_, r) => `${formatNumber(r.rowsImported, 0, lang)} / ${formatNumber(r.rowsTotal, 0, lang)}`,
              },
              {
                title: t('upload.errorsCol'),
                key: 'errors',
                width: 130,
                render: (_, r) =>
                  (r.rowsRejected ?? 0) > 0 ? (
                    <Button size="small" type="link" icon={<DownloadOutlined />} onClick={() => void downloadErrors(r.id ?? '')}>
                      {formatNumber(r.rowsRejected, 0, lang)}
                    </Button>
                  ) : (
                    '0'
                  ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

function JobSummary({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 4 }}>
      <Descriptions.Item label={t('upload.status')}>
        <Tag color={job.status ? JOB_COLOR[job.status] : 'default'}>{t(`upload.jobStatus.${job.status}`)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('upload.rowsTotal')}>{formatNumber(job.rowsTotal, 0, lang)}</Descriptions.Item>
      <Descriptions.Item label={t('upload.rowsOk')}>
        {formatNumber(Math.max(0, (job.rowsTotal ?? 0) - (job.rowsRejected ?? 0)), 0, lang)}
      </Descriptions.Item>
      <Descriptions.Item label={t('upload.rowsRejected')}>{formatNumber(job.rowsRejected, 0, lang)}</Descriptions.Item>
      {job.template && <Descriptions.Item label={t('upload.templateEmpty')}>{formatNumber(job.rowsEmpty ?? 0, 0, lang)}</Descriptions.Item>}
    </Descriptions>
  );
}
