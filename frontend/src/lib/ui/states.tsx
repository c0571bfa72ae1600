import { Alert, Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api';

export function Loading({ tip }: { tip?: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status" aria-live="polite">
      <Spin size="large" />
      <div style={{ marginTop: 12, color: '#8c8c8c' }}>{tip ?? t('common.loading')}</div>
    </div>
  );
}

/** An error as an Alert: the problem's `detail` and its field errors. */
export function ProblemAlert({ error, onRetry, style }: { error: unknown; onRetry?: () => void; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  if (!error) return null;
  const api = error instanceof ApiError ? error : undefined;
  const title = api?.problem?.title || (api ? t('errors.http', { status: api.status }) : t('errors.unexpected'));
  const detail = api?.problem?.detail || (error instanceof Error ? error.message : String(error));
  const fields = api?.problem?.errors ?? [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={style}
      title={title}
      description={
        <div>
          {detail && detail !== title && <div>{detail}</div>}
          {fields.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {fields.map((f, i) => (
                <li key={i}>
                  <b>{f.field}</b>: {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return error.status === 403 ? <NoAccess /> : <NotFound />;
  }
  return (
    <Result
      status="error"
      title={t('errors.loadFailed')}
      extra={<ProblemAlert error={error} onRetry={onRetry} style={{ textAlign: 'left', maxWidth: 640, margin: '0 auto' }} />}
    />
  );
}

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.noAccess')}
      subTitle={t('errors.noAccessHint')}
      data-testid="no-access"
      extra={
        <Link to="/">
          <Button type="primary">{t('common.home')}</Button>
        </Link>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.home')}</Button>
        </Link>
      }
    />
  );
}
