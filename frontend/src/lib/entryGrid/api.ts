import type { ValueBatchResult } from '../../api/pending';
import { request } from '../api';
import type { BatchItem } from './model';

/** All items or none; a refusal is an ApiError whose problem lists `items[i].field` errors. */
export function writeValueBatch(items: BatchItem[], dryRun: boolean): Promise<ValueBatchResult> {
  return request<ValueBatchResult>('/values/batch', { method: 'POST', query: { dryRun }, body: { items } });
}
