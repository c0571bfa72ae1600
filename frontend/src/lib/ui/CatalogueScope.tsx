// The catalogue per user (#16): a municipality's users see their own catalogue by default and may
// switch to the whole one; common, comparable indicators are marked «общий».
import { Segmented, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueScope } from '../../api/pending';
import type { Me } from '../../api/types';

/** Whether the API gives this caller its own catalogue by default (bound to municipalities, not reading all). */
export function hasOwnCatalogue(me: Me | undefined): boolean {
  if (!me || me.admin || me.readsAll) return false;
  return (me.readable ?? []).length + (me.writable ?? []).length + (me.organizations ?? []).length > 0;
}

export function ScopeToggle({
  value,
  onChange,
  testId,
}: {
  value: CatalogueScope;
  onChange: (s: CatalogueScope) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Segmented
      aria-label={t('catalogue.scope')}
      value={value}
      onChange={(v) => onChange(v as CatalogueScope)}
      data-testid={testId ?? 'catalogue-scope'}
      options={[
        { value: 'mine', label: t('catalogue.scopeMine') },
        { value: 'all', label: t('catalogue.scopeAll') },
      ]}
    />
  );
}

/** The «общий» badge of a common indicator (kept by more than one municipality). */
export function SharedTag({ shared, count }: { shared?: boolean; count?: number }) {
  const { t } = useTranslation();
  if (!shared) return null;
  return (
    <Tooltip title={t('catalogue.sharedHint', { count: count ?? 0 })}>
      <Tag color="blue" data-testid="shared-tag">
        {t('catalogue.shared')}
      </Tag>
    </Tooltip>
  );
}
