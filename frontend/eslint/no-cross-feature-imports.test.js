import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import rule from './no-cross-feature-imports.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = afterAll;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const at = (f) => `/app/frontend/src/${f}`;

tester.run('no-cross-feature-imports', rule, {
  valid: [
    { code: "import { list } from '../../../lib/api';", filename: at('features/entry/api/index.ts') },
    { code: "import { t } from '../../i18n';", filename: at('features/entry/index.tsx') },
    { code: "import { AppLayout } from '../../layout/AppLayout';", filename: at('features/entry/index.tsx') },
    { code: "import { saveValue } from './api';", filename: at('features/entry/index.tsx') },
    { code: "import { Row } from '../model';", filename: at('features/entry/components/Grid.tsx') },
    { code: "const p = import('./features/entry');", filename: at('routes.tsx') },
    { code: "import { useQuery } from '@tanstack/react-query';", filename: at('features/entry/index.tsx') },
  ],
  invalid: [
    {
      code: "import { toRows } from '../dashboard/model';",
      filename: at('features/entry/index.tsx'),
      errors: [{ messageId: 'forbidden' }],
    },
    {
      code: "export * from '../../../features/upload/api';",
      filename: at('features/entry/api/index.ts'),
      errors: [{ messageId: 'forbidden' }],
    },
    {
      code: "const m = import('../../targets');",
      filename: at('features/entry/components/Grid.tsx'),
      errors: [{ messageId: 'forbidden' }],
    },
    { code: "import { x } from '../features/entry/model';", filename: at('lib/queries.ts'), errors: [{ messageId: 'forbidden' }] },
  ],
});
