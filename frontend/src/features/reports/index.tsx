import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Breadcrumb, Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { download, requestText } from '../../lib/api';
import { useMunicipalityName, useYearsWithData } from '../../lib/queries';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { reportFileName, reportQuery } from './model';

/**
 * «Отчёт»: the annual report of a municipality (or of one of its schools, `?organization=`) as the
 * server draws it — previewed from its HTML form in a sandboxed frame, downloaded as PDF or XLSX.
 */
export default function ReportPage() {
  const { code = '', org } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = useMunicipalityName(code);
  const years = useYearsWithData(code, org);
  const frame = useRef<HTMLIFrameElement>(null);
  const [busy, setBusy] = useState<string | undefined>();
  const chosen = Number(search.get('year'));
  const year = Number.isInteger(chosen) && chosen > 0 ? chosen : years.latest;
  const m = `/municipalities/${encodeURIComponent(code)}`;

  const html = useQuery({
    queryKey: ['report', code, org ?? '', year],
    queryFn: ({ signal }) => requestText('/reports/annual', reportQuery(code, org, year!, 'html'), signal),
    enabled: !!code && !!year,
  });

  const fetchFile = async (format: 'pdf' | 'xlsx') => {
    if (!year) return;
    setBusy(format);
    try {
      await download('/reports/annual', reportQuery(code, org, year, format), reportFileName(code, org, year, format));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  };

  if (years.loading && !year) return <Loading />;

  return (
    <div>
      <Breadcrumb
        className="no-print"
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={m}>{name}</Link> }, { title: t('menu.report') }]}
      />
      <Space wrap className="no-print" style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {year ? t('report.title', { name, year }) : t('report.titleNoYear', { name })}
        </Typography.Title>
        <Space wrap>
          <YearSelect
            value={year}
            onChange={(y) => setSearch((s) => ({ ...Object.fromEntries(s), year: String(y) }))}
            years={yearOptions(years.years, year)}
          />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={busy === 'pdf'}
            disabled={!year}
            onClick={() => fetchFile('pdf')}
            data-testid="report-pdf"
          >
            {t('report.pdf')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'xlsx'}
            disabled={!year}
            onClick={() => fetchFile('xlsx')}
            data-testid="report-xlsx"
          >
            {t('report.xlsx')}
          </Button>
          <Button icon={<PrinterOutlined />} disabled={!html.data} onClick={() => frame.current?.contentWindow?.print()}>
            {t('report.print')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" className="no-print">
        {t('report.intro')}
      </Typography.Paragraph>
      {!year ? (
        <Typography.Paragraph>{t('report.noYears')}</Typography.Paragraph>
      ) : html.isLoading ? (
        <Loading />
      ) : html.error ? (
        <ErrorState error={html.error} onRetry={() => html.refetch()} />
      ) : (
        <iframe
          ref={frame}
          title={t('report.preview')}
          data-testid="report-preview"
          // no scripts in the report; same origin only so that «Печать» can print the frame
          sandbox="allow-same-origin allow-modals"
          srcDoc={html.data}
          style={{ width: '100%', height: '75vh', border: '1px solid #d9d9d9', borderRadius: 6, background: '#fff' }}
        />
      )}
    </div>
  );
}
