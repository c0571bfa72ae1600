import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparator, Indicator, Target, TargetKind, TargetWrite } from '../../../api/types';
import { ApiError, ifMatchFor } from '../../../lib/api';
import { COMPARATOR_SYMBOL, COMPARATORS } from '../../../lib/attainment';
import { parseDecimal, toInputString } from '../../../lib/decimal';

export interface TargetRowProps {
  municipality: string;
  indicator: Indicator;
  year: number;
  kind: TargetKind;
  stored: Target | undefined;
  editable: boolean;
  onSave: (body: TargetWrite, ifMatch: string | undefined) => Promise<void>;
  onDelete: (t: Target) => Promise<void>;
}

/** One editable target (or baseline): comparator, value, upper bound for a range, comment. */
export function TargetRow({ municipality, indicator, year, kind, stored, editable, onSave, onDelete }: TargetRowProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [comparator, setComparator] = useState<Comparator>(stored?.comparator ?? (indicator.polarity === 'lower' ? 'le' : 'ge'));
  const [value, setValue] = useState(toInputString(stored?.value, lang));
  const [valueTo, setValueTo] = useState(toInputString(stored?.valueTo, lang));
  const [comment, setComment] = useState(stored?.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();

  // Only the text is turned into numbers here; units, scales and the range's bounds are the server's checks (422 per field).
  const v = parseDecimal(value);
  const vt = parseDecimal(valueTo);
  const isBaseline = kind === 'baseline';
  const effComparator: Comparator = isBaseline ? 'eq' : comparator;
  const dirty =
    !stored ||
    value !== toInputString(stored.value, lang) ||
    (!isBaseline && comparator !== stored.comparator) ||
    valueTo !== toInputString(stored.valueTo, lang) ||
    comment !== (stored.comment ?? '');
  const invalid = !v.ok || v.value === null || (effComparator === 'between' && !vt.ok);

  const save = async () => {
    if (!v.ok || v.value === null || !vt.ok) return;
    setBusy(true);
    setErrors({});
    setError(undefined);
    try {
      await onSave(
        {
          municipality,
          indicator: indicator.code ?? '',
          year,
          kind,
          comparator: effComparator,
          value: v.value,
          valueTo: effComparator === 'between' ? (vt.value ?? undefined) : undefined,
          comment: comment || undefined,
          // not edited here: send it as stored, since PUT replaces the whole target
          source: stored?.source,
        },
        stored?.version !== undefined ? ifMatchFor(stored.version) : undefined,
      );
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(e.fieldErrors());
        setError(e.status === 412 ? t('targets.stale') : e.problem?.detail || e.message);
      } else setError(String(e));
    } finally {
      setBusy(false);
    }
  };

  const label = isBaseline ? t('targets.baseline') : t('targets.targetFor', { year });
  const valueErr = v.ok ? errors.value : t('validation.not_a_number');
  const valueToErr = vt.ok ? errors.valueTo : t('validation.not_a_number');
  return (
    <div data-testid={`target-${kind}-${year}`}>
      <Space wrap align="start">
        {!isBaseline && (
          <Select
            aria-label={t('targets.comparatorFor', { label })}
            value={comparator}
            disabled={!editable}
            style={{ width: 120 }}
            onChange={setComparator}
            options={COMPARATORS.map((c) => ({ value: c, label: `${COMPARATOR_SYMBOL[c]} ${t(`comparator.${c}`)}` }))}
          />
        )}
        <div>
          <Input
            aria-label={t('targets.valueFor', { label })}
            inputMode="decimal"
            style={{ width: 120 }}
            value={value}
            disabled={!editable}
            status={valueErr ? 'error' : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
          {valueErr && (
            <div role="alert" style={{ color: '#cf1322', fontSize: 12, maxWidth: 160 }}>
              {valueErr}
            </div>
          )}
        </div>
        {effComparator === 'between' && (
          <div>
            <Input
              aria-label={t('targets.valueToFor', { label })}
              inputMode="decimal"
              style={{ width: 120 }}
              value={valueTo}
              disabled={!editable}
              status={valueToErr ? 'error' : undefined}
              onChange={(e) => setValueTo(e.target.value)}
              placeholder={t('targets.upper')}
            />
            {valueToErr && (
              <div role="alert" style={{ color: '#cf1322', fontSize: 12, maxWidth: 160 }}>
                {valueToErr}
              </div>
            )}
          </div>
        )}
        <Input
          aria-label={t('targets.commentFor', { label })}
          placeholder={t('entry.comment')}
          style={{ width: 220 }}
          value={comment}
          disabled={!editable}
          onChange={(e) => setComment(e.target.value)}
        />
        {editable && (
          <>
            <Button
              type={dirty ? 'primary' : 'default'}
              icon={<SaveOutlined />}
              loading={busy}
              disabled={!dirty || invalid}
              onClick={() => void save()}
              aria-label={t('targets.saveFor', { label })}
            >
              {t('common.save')}
            </Button>
            {stored && (
              <Popconfirm
                title={t('targets.deleteConfirm')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() => onDelete(stored)}
              >
                <Button danger icon={<DeleteOutlined />} aria-label={t('targets.deleteFor', { label })} />
              </Popconfirm>
            )}
          </>
        )}
      </Space>
      {error && (
        <div role="alert" style={{ color: '#cf1322', fontSize: 12 }}>
          {error}
        </div>
      )}
    </div>
  );
}
