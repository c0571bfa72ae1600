import { Button, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

/**
 * Unsaved edits: asks before the router leaves the page (another path or query), and lets the
 * browser ask on reload or close. Returns the dialog to render.
 */
export function useLeavePrompt(dirtyCount: number) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyCount > 0 && currentLocation.pathname + currentLocation.search !== nextLocation.pathname + nextLocation.search,
  );
  const hasEdits = dirtyCount > 0;
  useEffect(() => {
    if (!hasEdits) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [hasEdits]);
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('entry.leave.title')}
      okText={t('entry.leave.go')}
      cancelText={t('entry.leave.stay')}
      okButtonProps={{ danger: true, 'data-testid': 'leave-go' } as React.ComponentProps<typeof Button>}
      cancelButtonProps={{ 'data-testid': 'leave-stay' } as React.ComponentProps<typeof Button>}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <span data-testid="leave-message">{t('entry.leave.message', { count: dirtyCount })}</span>
    </Modal>
  );
}
