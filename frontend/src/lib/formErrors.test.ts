import { describe, expect, it } from 'vitest';
import { fieldPath, formFields } from './formErrors';

describe('server field errors on form fields', () => {
  it('turns indexed and nested names into paths', () => {
    expect(fieldPath('nameRu')).toEqual(['nameRu']);
    expect(fieldPath('bands[1].label')).toEqual(['bands', 1, 'label']);
    expect(fieldPath('derived.rule')).toEqual(['derived', 'rule']);
    expect(fieldPath('bands[0]')).toEqual(['bands', 0]);
  });
  it('names a list kept in one control by the list', () => {
    expect(fieldPath('dimensions[2]', ['dimensions', 'categories'])).toEqual(['dimensions']);
    expect(
      formFields(
        { 'dimensions[0]': 'Измерение «x» не найдено', 'dimensions[1]': 'Измерение «y» указано дважды', unit: 'Поле «unit» обязательно' },
        ['dimensions'],
      ),
    ).toEqual([
      { name: ['dimensions'], errors: ['Измерение «x» не найдено', 'Измерение «y» указано дважды'] },
      { name: ['unit'], errors: ['Поле «unit» обязательно'] },
    ]);
  });
});
