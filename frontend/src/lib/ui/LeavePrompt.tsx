import { Button, Modal } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

/**
 * Unsaved edits: asks before the router leaves the page (another path or query), and lets the
 * browser ask on reload or close. Returns the dialog to render.
 *
 * Once the user chose «Уйти», nothing asks again: the page stays mounted, edits and all, until the
 * next page's code has loaded (the router renders it in a transition), and a reload or a typed
 * address in that moment must not bring up the browser's «leave site?» for edits already given up.
 */
export function useLeavePrompt(dirtyCount: number) {
  const { t } = useTranslation();
  const left = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !left.current && dirtyCount > 0 && currentLocation.pathname + currentLocation.search !== nextLocation.pathname + nextLocation.search,
  );
  const hasEdits = dirtyCount > 0;
  useEffect(() => {
    if (!hasEdits) return;
    const ask = (e: BeforeUnloadEvent) => {
      if (left.current) return;
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
      onOk={() => {
        left.current = true;
        blocker.proceed?.();
      }}
      onCancel={() => blocker.reset?.()}
    >
      <span data-testid="leave-message">{t('entry.leave.message', { count: dirtyCount })}</span>
    </Modal>
  );
}
