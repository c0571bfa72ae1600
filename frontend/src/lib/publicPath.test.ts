import { describe, expect, it } from 'vitest';
import { isPublicPath, publicPagePath } from './publicPath';

describe('public portal paths', () => {
  it('are /public and what is below it, nothing else', () => {
    expect(isPublicPath('/public')).toBe(true);
    expect(isPublicPath('/public/')).toBe(true);
    expect(isPublicPath('/public/derbent/2023')).toBe(true);
    expect(isPublicPath('/publication')).toBe(false);
    expect(isPublicPath('/municipalities/derbent')).toBe(false);
    expect(isPublicPath('/')).toBe(false);
  });
  it('name a municipality and a year', () => {
    expect(publicPagePath()).toBe('/public');
    expect(publicPagePath('derbent')).toBe('/public/derbent');
    expect(publicPagePath('derbent', 2023)).toBe('/public/derbent/2023');
    expect(publicPagePath('a b')).toBe('/public/a%20b');
  });
});
