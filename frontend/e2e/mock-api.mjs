// An in-memory stand-in for /api/v1, installed with Playwright's page.route.
// Used only to look at the screens while the backend does not run (e2e/screens.mjs);
// the real smoke test (smoke.spec.mjs) talks to the real backend.
const MUNIS = [
  {
    code: 'kaluga',
    name: 'Калуга',
    region: 'kaluzhskaya-oblast',
    regionName: 'Калужская область',
    type: 'городской округ',
    oktmo: '29701000',
  },
  {
    code: 'kemerovo',
    name: 'Кемерово',
    region: 'kemerovskaya-oblast',
    regionName: 'Кемеровская область',
    type: 'городской округ',
    oktmo: '32701000',
  },
  {
    code: 'derbent',
    name: 'Дербент',
    region: 'respublika-dagestan',
    regionName: 'Республика Дагестан',
    type: 'городской округ',
    oktmo: '82710000',
  },
  { code: 'tula', name: 'Тула', region: 'tulskaya-oblast', regionName: 'Тульская область', type: 'городской округ', oktmo: '70701000' },
];
const IND = [
  {
    code: 'ege_pass',
    nameRu: 'Доля выпускников, получивших аттестат о среднем общем образовании',
    area: 'Результаты обучения',
    unit: 'percent',
    decimals: 1,
    polarity: 'higher',
    level: 'municipality',
    status: 'active',
    version: 1,
    scaleMin: null,
    scaleMax: null,
    formula: 'число получивших аттестат / число выпускников × 100',
  },
  {
    code: 'second_shift',
    nameRu: 'Доля обучающихся во вторую смену',
    area: 'Доступность образования',
    unit: 'percent',
    decimals: 1,
    polarity: 'lower',
    level: 'municipality',
    status: 'active',
    version: 1,
  },
  {
    code: 'schools_total',
    nameRu: 'Количество общеобразовательных организаций',
    area: 'Общие сведения',
    unit: 'count',
    decimals: 0,
    polarity: null,
    level: 'municipality',
    status: 'active',
    version: 1,
  },
  {
    code: 'ege_math',
    nameRu: 'Средний балл ЕГЭ по математике (профиль)',
    area: 'Результаты обучения',
    unit: 'score',
    decimals: 1,
    polarity: 'higher',
    level: 'municipality',
    status: 'active',
    version: 1,
    scaleMin: 0,
    scaleMax: 100,
  },
  {
    code: 'dod_cover',
    nameRu: 'Охват детей дополнительным образованием',
    area: 'Доступность образования',
    unit: 'percent',
    decimals: 1,
    polarity: 'higher',
    level: 'organization',
    status: 'active',
    version: 1,
  },
  {
    code: 'vpr_math',
    nameRu: 'Доля обучающихся, подтвердивших отметку по ВПР (математика)',
    area: 'Результаты обучения',
    unit: 'percent',
    decimals: 1,
    polarity: 'higher',
    level: 'organization',
    periodicity: 'school_year',
    status: 'active',
    version: 1,
  },
];
IND.push(
  {
    code: 'vpr_2',
    nameRu: 'Доля обучающихся, получивших «2» за ВПР',
    area: 'Результаты обучения',
    unit: 'percent',
    decimals: 1,
    polarity: 'lower',
    level: 'organization',
    periodicity: 'school_year',
    dimensions: ['grade'],
    status: 'active',
    version: 1,
  },
  {
    code: 'vpr_5',
    nameRu: 'Доля обучающихся, получивших «5» за ВПР',
    area: 'Результаты обучения',
    unit: 'percent',
    decimals: 1,
    polarity: 'higher',
    level: 'organization',
    periodicity: 'school_year',
    dimensions: ['grade'],
    status: 'active',
    version: 1,
  },
);
const DIMENSIONS = [
  {
    code: 'grade',
    nameRu: 'Класс',
    members: [
      { code: '4', nameRu: '4 класс' },
      { code: '5', nameRu: '5 класс' },
    ],
    version: 1,
  },
];
const ORGS = [
  { code: 'kaluga-school-1', name: 'МБОУ «СОШ № 1» г. Калуги', type: 'school', municipality: 'kaluga' },
  { code: 'kaluga-school-2', name: 'МБОУ «Лицей № 9» г. Калуги', type: 'school', municipality: 'kaluga' },
  { code: 'kaluga-school-45', name: 'МБОУ «СОШ № 45» г. Калуги', type: 'school', municipality: 'kaluga' },
];
/** The school year label as the API gives it ("2019/20"), only for the mock. */
const yearLabelOf = (indicator, year) =>
  IND.find((i) => i.code === indicator)?.periodicity === 'school_year'
    ? `${year}/${String((year + 1) % 100).padStart(2, '0')}`
    : String(year);

export function createState() {
  let id = 1;
  const values = [];
  const targets = [];
  const audit = [];
  const v = (municipality, indicator, year, value, extra = {}) =>
    values.push({
      id: id++,
      municipality,
      indicator,
      organization: null,
      year,
      period: null,
      category: null,
      value,
      qualifier: 'exact',
      numerator: null,
      denominator: null,
      comment: null,
      source: null,
      version: 1,
      updatedAt: '2021-02-01T10:00:00Z',
      updatedBy: 'kaluga-editor',
      ...extra,
    });
  const t = (municipality, indicator, year, comparator, value, valueTo = null, kind = 'target') =>
    targets.push({
      id: id++,
      municipality,
      indicator,
      organization: null,
      year,
      kind,
      comparator,
      value,
      valueTo,
      comment: null,
      source: null,
      version: 1,
    });
  for (const [y, a, s, n, m] of [
    [2016, 97.1, 9.2, 44, 52.3],
    [2017, 97.9, 8.1, 44, 55.1],
    [2018, 98.4, 7.5, 45, 58.9],
    [2019, 98.9, 6.2, 46, 61.2],
    [2020, 99.2, 5.4, 46, 63.4],
  ]) {
    v('kaluga', 'ege_pass', y, a);
    v('kaluga', 'second_shift', y, s);
    v('kaluga', 'schools_total', y, n);
    v('kaluga', 'ege_math', y, m);
    t('kaluga', 'ege_pass', y, 'ge', 98);
    t('kaluga', 'second_shift', y, 'le', 5);
    t('kaluga', 'ege_math', y, 'between', 60, 70);
  }
  values.find((x) => x.indicator === 'ege_math' && x.year === 2020).qualifier = 'approx';
  t('kaluga', 'ege_pass', 2021, 'ge', 98);
  t('kaluga', 'second_shift', 2021, 'le', 4.5);
  t('kaluga', 'ege_pass', 2015, 'eq', 96.5, null, 'baseline');
  v('kaluga', 'dod_cover', 2020, 78.5, { organization: 'kaluga-school-1' });
  v('kaluga', 'dod_cover', 2020, 64.0, { organization: 'kaluga-school-2' });
  v('kaluga', 'dod_cover', 2020, 71.0, { organization: 'kaluga-school-45' });
  t('kaluga', 'dod_cover', 2020, 'ge', 75);
  for (const [y, a, b, c] of [
    [2018, 61, 80, 52],
    [2019, 64, 81, 58],
    [2020, 66, 82, 63],
  ]) {
    v('kaluga', 'vpr_math', y, a, { organization: 'kaluga-school-1' });
    v('kaluga', 'vpr_math', y, b, { organization: 'kaluga-school-2' });
    v('kaluga', 'vpr_math', y, c, { organization: 'kaluga-school-45' });
    t('kaluga', 'vpr_math', y, 'ge', 65);
  }
  // VPR grade 4 by school year: school-45 has «2» ≥ 20 % in 2017 and 2018 (flagged in 2019 by
  // the preceding window, and in 2020); school-1 has no «5» in 2019 (flagged in 2020 only with 2018's 22 %).
  for (const [y, org, two, five] of [
    [2017, 'kaluga-school-1', 8, 20],
    [2017, 'kaluga-school-2', 3, 41],
    [2017, 'kaluga-school-45', 24.5, 6],
    [2018, 'kaluga-school-1', 22, 12],
    [2018, 'kaluga-school-2', 2, 44],
    [2018, 'kaluga-school-45', 21, 5],
    [2019, 'kaluga-school-1', 11, 0],
    [2019, 'kaluga-school-2', 4, 39],
    [2019, 'kaluga-school-45', 15, 9],
  ]) {
    v('kaluga', 'vpr_2', y, two, { organization: org, category: 'grade=4' });
    v('kaluga', 'vpr_5', y, five, { organization: org, category: 'grade=4' });
  }
  const rules = [
    {
      code: 'vpr4',
      name: 'ВПР 4 класс: «2» у 20 % и более или нет «5»',
      level: 'organization',
      combine: 'any',
      window: 3,
      minYears: 2,
      preceding: true,
      conditions: [
        { indicator: 'vpr_2', category: 'grade=4', comparator: 'ge', value: 20 },
        { indicator: 'vpr_5', category: 'grade=4', missingOrZero: true },
      ],
      version: 1,
    },
  ];
  const scorecards = [
    {
      code: 'heads',
      name: 'Эффективность руководителя',
      level: 'organization',
      items: [
        {
          code: 'dod',
          name: 'Охват ДО от 70 %',
          indicator: 'dod_cover',
          category: '',
          method: 'threshold',
          comparator: 'ge',
          value: 70,
          points: 5,
          weight: 1,
        },
        { code: 'vpr', name: 'ВПР выше среднего', indicator: 'vpr_math', category: '', method: 'above_average', points: 2, weight: 1 },
        { code: 'two', name: 'Двойки за ВПР', indicator: 'vpr_2', category: 'grade=4', method: 'presence', points: -1, weight: 1 },
      ].map((it) => ({
        ...it,
        indicatorName: IND.find((i) => i.code === it.indicator).nameRu,
        categoryLabel: it.category === 'grade=4' ? '4 класс' : 'Всего',
        area: IND.find((i) => i.code === it.indicator).area,
      })),
      version: 1,
    },
  ];
  const groups = [
    {
      municipality: 'kaluga',
      code: 'shnor-2019',
      name: 'ШНОР 2019–2020',
      yearFrom: 2019,
      yearTo: 2020,
      organizations: ['kaluga-school-45'],
      version: 1,
    },
  ];
  for (const [m, f] of [
    ['kemerovo', 97.5],
    ['derbent', 93.4],
    ['tula', 98.8],
  ]) {
    v(m, 'ege_pass', 2020, f);
    t(m, 'ege_pass', 2020, 'ge', 98);
  }
  audit.push({
    id: id++,
    occurredAt: '2021-02-01T10:00:00Z',
    actor: 'kaluga-editor',
    channel: 'import',
    action: 'create',
    entityType: 'value',
    entityId: 1,
    entityKey: 'kaluga|ege_pass|2020',
    municipality: 'kaluga',
    oldValue: null,
    newValue: { year: 2020, value: 99.2 },
    importJob: 3,
    comment: null,
  });
  const periods = {
    'kaluga|2020': {
      municipality: 'kaluga',
      year: 2020,
      state: 'open',
      version: 0,
      history: [],
      completeness: {
        missing: [{ indicator: 'dod_cover', name: 'Охват детей дополнительным образованием' }],
        warnings: [{ indicator: 'second_shift', message: 'Значение выше цели на 0,4 п.п.' }],
      },
    },
  };
  return { values, targets, audit, periods, groups, rules, scorecards, nextId: () => id++, jobs: [] };
}

function status(fact, target) {
  if (!target) return 'no_target';
  if (fact === null || fact === undefined) return 'no_data';
  const { comparator: c, value, valueTo } = target;
  const ok =
    c === 'ge'
      ? fact >= value
      : c === 'le'
        ? fact <= value
        : c === 'eq'
          ? Math.abs(fact - value) < 1e-9
          : fact >= value && fact <= (valueTo ?? value);
  return ok ? 'met' : 'not_met';
}

const page = (items) => ({ items, page: 0, size: 1000, total: items.length });

export async function installMockApi(pw, base, { me, state = createState(), conflictOnce = false } = {}) {
  let conflictArmed = conflictOnce;
  const readable = (code) => me.readsAll || me.readable.includes(code);
  await pw.route(`${base}/**`, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const path = url.pathname.slice(new URL(base).pathname.length);
    const q = Object.fromEntries(url.searchParams);
    // Like the backend, null fields are left out of the JSON.
    const json = (body, status = 200, headers = {}) =>
      route.fulfill({
        status,
        contentType: status >= 400 ? 'application/problem+json' : 'application/json',
        headers,
        body: JSON.stringify(body, (_k, v) => (v === null ? undefined : v)),
      });
    const problem = (status, title, detail, errors) => json({ type: 'about:blank', title, status, detail, errors }, status);
    const m = req.method();
    const att = (muni, year, indicator) => {
      const rows = [];
      for (const ind of IND) {
        if (indicator && ind.code !== indicator) continue;
        const scopes = ind.level === 'organization' ? [null, ...ORGS.filter((o) => o.municipality === muni).map((o) => o.code)] : [null];
        const schoolFacts = state.values
          .filter((x) => x.municipality === muni && x.indicator === ind.code && x.year === year && x.organization)
          .map((x) => x.value);
        const average = schoolFacts.length ? schoolFacts.reduce((a, b) => a + b, 0) / schoolFacts.length : null;
        for (const org of scopes) {
          const val = state.values.find(
            (x) => x.municipality === muni && x.indicator === ind.code && x.year === year && (x.organization ?? null) === org,
          );
          const tg = state.targets.find(
            (x) =>
              x.municipality === muni &&
              x.indicator === ind.code &&
              x.year === year &&
              x.kind === 'target' &&
              (x.organization ?? null) === (ind.level === 'organization' ? null : org),
          );
          const bl = state.targets.find((x) => x.municipality === muni && x.indicator === ind.code && x.kind === 'baseline');
          const target = tg ? { comparator: tg.comparator, value: tg.value, valueTo: tg.valueTo } : null;
          const fact = val?.value ?? null;
          rows.push({
            indicator: ind.code,
            indicatorName: ind.nameRu,
            area: ind.area,
            unit: ind.unit,
            decimals: ind.decimals,
            polarity: ind.polarity,
            municipality: muni,
            organization: org,
            year,
            fact,
            qualifier: val?.qualifier ?? null,
            target,
            baseline: bl ? { year: bl.year, value: bl.value } : null,
            status: status(fact, target),
            deviation: fact !== null && target ? fact - target.value : null,
            deviationPercent: null,
            score: null,
            yearLabel: yearLabelOf(ind.code, year),
            organizationName: org ? ORGS.find((o) => o.code === org)?.name : null,
            targetScope: org && target ? 'every_organization' : null,
            municipalAverage: org ? average : null,
            municipalAverageCount: org ? schoolFacts.length : null,
            difference: org && fact !== null && average !== null ? fact - average : null,
          });
        }
      }
      return rows;
    };
    let mm;
    if (path === '/me') return json(me);
    if (path === '/municipalities') return json(page(MUNIS.filter((x) => readable(x.code))));
    if ((mm = /^\/municipalities\/([^/]+)\/organizations$/.exec(path))) return json(page(ORGS.filter((o) => o.municipality === mm[1])));
    if ((mm = /^\/municipalities\/([^/]+)\/periods\/(\d+)(?:\/(\w+))?$/.exec(path))) {
      const key = `${mm[1]}|${mm[2]}`;
      const p = (state.periods[key] ??= {
        municipality: mm[1],
        year: Number(mm[2]),
        state: 'open',
        history: [],
        completeness: { missing: [], warnings: [] },
      });
      if (m === 'POST') {
        const body = JSON.parse(req.postData() ?? '{}');
        const to = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'open' }[mm[3]];
        p.history.push({ at: new Date().toISOString(), actor: me.username, from: p.state, to, comment: body.comment || null });
        p.state = to;
      }
      return json(p);
    }
    if (path === '/periods')
      return json(
        page(
          Object.values(state.periods)
            .filter((p) => !q.state || p.state === q.state)
            .map((p) => ({ ...p, municipalityName: MUNIS.find((x) => x.code === p.municipality)?.name })),
        ),
      );
    if (path === '/indicators/areas') {
      const counts = new Map();
      for (const i of IND) counts.set(i.area, (counts.get(i.area) ?? 0) + 1);
      return json([...counts].map(([area, count]) => ({ area, count })));
    }
    if (path === '/indicators')
      return json(
        page(
          IND.filter(
            (i) =>
              (!q.level || i.level === q.level) &&
              (!q.status || i.status === q.status) &&
              (!q.area || i.area === q.area) &&
              (!q.q || i.nameRu.toLowerCase().includes(q.q.toLowerCase())),
          ),
        ),
      );
    if ((mm = /^\/indicators\/([^/]+)$/.exec(path))) {
      const ind = IND.find((i) => i.code === decodeURIComponent(mm[1]));
      if (!ind) return problem(404, 'Not Found', 'Нет такого показателя');
      if (m === 'PUT') Object.assign(ind, JSON.parse(req.postData()), { version: ind.version + 1 });
      return json(ind, 200, { ETag: `"${ind.version}"` });
    }
    const filt = (list) =>
      list.filter(
        (x) =>
          (readable(x.municipality) ||
            (me.organizations ?? []).some((o) => o.municipality === x.municipality && o.code === x.organization)) &&
          (!q.municipality || x.municipality === q.municipality) &&
          (!q.indicator || x.indicator === q.indicator) &&
          (!q.year || x.year === Number(q.year)) &&
          (!q.kind || x.kind === q.kind) &&
          (!q.yearFrom || x.year >= Number(q.yearFrom)) &&
          (!q.yearTo || x.year <= Number(q.yearTo)) &&
          (q.organization === undefined || x.organization === q.organization),
      );
    if (path === '/values' && m === 'GET') {
      const items = filt(state.values).map((x) => ({ ...x, yearLabel: yearLabelOf(x.indicator, x.year) }));
      const size = Number(q.size ?? 1000);
      return json({ items: items.slice(0, size), page: 0, size, total: items.length });
    }
    if (path === '/values' && m === 'PUT') {
      const body = JSON.parse(req.postData());
      const ownSchool = (me.organizations ?? []).some(
        (o) => o.municipality === body.municipality && o.code === body.organization && o.role === 'editor',
      );
      if (!me.writable.includes(body.municipality) && !ownSchool) return problem(403, 'Forbidden', 'Нет прав на запись');
      const p = state.periods[`${body.municipality}|${body.year}`];
      if (p && (p.state === 'submitted' || p.state === 'approved')) return problem(409, 'Conflict', 'Период закрыт для изменений');
      const ind = IND.find((i) => i.code === body.indicator);
      if (ind.unit === 'percent' && (body.value < 0 || body.value > 100))
        return problem(422, 'Unprocessable Entity', 'Недопустимое значение', [
          { field: 'value', code: 'range', message: 'Процент должен быть от 0 до 100' },
        ]);
      let cur = state.values.find(
        (x) =>
          x.municipality === body.municipality &&
          x.indicator === body.indicator &&
          x.year === body.year &&
          (x.organization ?? null) === (body.organization ?? null),
      );
      const ifMatch = req.headers()['if-match'];
      if (conflictArmed && cur) {
        conflictArmed = false;
        cur.value = cur.value + 0.3;
        cur.version++;
        cur.updatedBy = 'kaluga-viewer';
        cur.updatedAt = new Date().toISOString();
      }
      if (cur && ifMatch && ifMatch !== `"${cur.version}"`)
        return problem(412, 'Precondition Failed', 'Значение изменено другим пользователем');
      const old = cur ? { ...cur } : null;
      if (cur) Object.assign(cur, body, { version: cur.version + 1, updatedAt: new Date().toISOString(), updatedBy: me.username });
      else
        state.values.push(
          (cur = {
            id: state.nextId(),
            organization: null,
            period: null,
            category: null,
            ...body,
            version: 1,
            updatedAt: new Date().toISOString(),
            updatedBy: me.username,
          }),
        );
      state.audit.unshift({
        id: state.nextId(),
        occurredAt: new Date().toISOString(),
        actor: me.username,
        channel: 'ui',
        action: old ? 'update' : 'create',
        entityType: 'value',
        entityId: cur.id,
        municipality: cur.municipality,
        oldValue: old && { year: old.year, value: old.value },
        newValue: { year: cur.year, value: cur.value, comment: cur.comment },
        importJob: null,
        comment: null,
        indicator: cur.indicator,
      });
      return json(cur, old ? 200 : 201, { ETag: `"${cur.version}"` });
    }
    if (path === '/targets' && m === 'GET') return json(page(filt(state.targets)));
    if (path === '/targets' && m === 'PUT') {
      const body = JSON.parse(req.postData());
      let cur = state.targets.find(
        (x) => x.municipality === body.municipality && x.indicator === body.indicator && x.year === body.year && x.kind === body.kind,
      );
      if (cur) Object.assign(cur, body, { version: cur.version + 1 });
      else state.targets.push((cur = { id: state.nextId(), ...body, version: 1 }));
      return json(cur);
    }
    if (path === '/attainment') {
      let rows = att(q.municipality, Number(q.year), q.indicator);
      for (const r of rows.filter((x) => !x.organization && IND.find((i) => i.code === x.indicator)?.level === 'organization')) {
        const mine = rows.filter((x) => x.indicator === r.indicator && x.organization);
        const c = (s) => mine.filter((x) => x.status === s).length;
        r.schools = { met: c('met'), notMet: c('not_met'), noData: c('no_data'), total: mine.length };
        const facts = mine.map((x) => x.fact).filter((f) => f !== null);
        r.fact = facts.length ? facts.reduce((a, b) => a + b, 0) / facts.length : null;
      }
      if (q.organization) rows = rows.filter((x) => x.organization === q.organization);
      return json(page(rows));
    }
    if (path === '/rankings') {
      const rows = att(q.municipality, Number(q.year), q.indicator).filter((x) => x.organization);
      const members = q.group ? (state.groups.find((g) => g.code === q.group)?.organizations ?? []) : null;
      const items = rows
        .filter((r) => !members || members.includes(r.organization))
        .map((r) => ({
          organization: r.organization,
          organizationName: r.organizationName,
          value: r.fact,
          difference: r.difference,
          status: r.status,
        }))
        .sort((a, b) => (b.value ?? -1e9) - (a.value ?? -1e9))
        .map((r, i) => ({ rank: r.value === null ? null : i + 1, ...r }));
      const ind = IND.find((i) => i.code === q.indicator);
      return json({
        indicator: q.indicator,
        indicatorName: ind?.nameRu,
        unit: ind?.unit,
        polarity: ind?.polarity,
        year: Number(q.year),
        yearLabel: yearLabelOf(q.indicator, Number(q.year)),
        municipalAverage: rows[0]?.municipalAverage ?? null,
        total: items.length,
        items,
      });
    }
    if ((mm = /^\/municipalities\/([^/]+)\/groups\/([^/]+)\/progress$/.exec(path))) {
      const g = state.groups.find((x) => x.municipality === mm[1] && x.code === mm[2]);
      if (!g) return problem(404, 'Not Found', 'Реестр не найден');
      const avg = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
      const years = [];
      for (let y = 2015; y <= 2025; y++) {
        const vals = state.values.filter((x) => x.municipality === mm[1] && x.indicator === q.indicator && x.year === y && x.organization);
        if (!vals.length) continue;
        const inG = vals.filter((x) => g.organizations.includes(x.organization)).map((x) => x.value);
        const rest = vals.filter((x) => !g.organizations.includes(x.organization)).map((x) => x.value);
        const ga = avg(inG);
        const ra = avg(rest);
        years.push({
          year: y,
          yearLabel: yearLabelOf(q.indicator, y),
          groupAverage: ga,
          groupCount: inG.length,
          restAverage: ra,
          restCount: rest.length,
          municipalAverage: avg(vals.map((x) => x.value)),
          gap: ga !== null && ra !== null ? ga - ra : null, // as the server: the group minus the rest
        });
      }
      const ind = IND.find((i) => i.code === q.indicator);
      return json({
        group: g.code,
        name: g.name,
        indicator: q.indicator,
        indicatorName: ind?.nameRu,
        unit: ind?.unit,
        polarity: ind?.polarity,
        years,
      });
    }
    if ((mm = /^\/municipalities\/([^/]+)\/groups(?:\/([^/]+))?$/.exec(path))) {
      const [, muni, code] = mm;
      if (!code) return json(page(state.groups.filter((g) => g.municipality === muni)));
      const cur = state.groups.find((g) => g.municipality === muni && g.code === code);
      if (m === 'GET') return cur ? json(cur, 200, { ETag: `"${cur.version}"` }) : problem(404, 'Not Found', 'Реестр не найден');
      if (m === 'DELETE') {
        state.groups = state.groups.filter((g) => g !== cur);
        return route.fulfill({ status: 204 });
      }
      const body = JSON.parse(req.postData() ?? '{}');
      const errors = [];
      if (!body.name?.trim()) errors.push({ field: 'name', code: 'required', message: 'Обязательное поле' });
      if (!body.yearFrom) errors.push({ field: 'yearFrom', code: 'required', message: 'Обязательное поле' });
      if (body.yearTo && body.yearFrom && body.yearTo < body.yearFrom)
        errors.push({
          field: 'yearTo',
          code: 'years_inverted',
          message: `Последний год реестра (${body.yearTo}) раньше первого (${body.yearFrom})`,
        });
      if (errors.length) return json({ type: 'about:blank', title: 'Ошибка в данных', status: 422, errors }, 422);
      const ifMatch = req.headers()['if-match'];
      if (cur && ifMatch && ifMatch !== `"${cur.version}"`) return problem(412, 'Precondition Failed', 'Реестр изменён');
      const next = {
        municipality: muni,
        code,
        ...body,
        yearTo: body.yearTo ?? body.yearFrom,
        organizations: [...(body.organizations ?? [])].sort(),
        version: (cur?.version ?? 0) + 1,
      };
      state.groups = [...state.groups.filter((g) => g !== cur), next];
      return json(next, cur ? 200 : 201, { ETag: `"${next.version}"` });
    }
    if (path === '/dimensions') return json(DIMENSIONS);
    const cmp = (c, a, b) => (c === 'gt' ? a > b : c === 'ge' ? a >= b : c === 'lt' ? a < b : c === 'le' ? a <= b : a === b);
    const schoolValue = (muni, org, indicator, year, category = '') =>
      state.values.find(
        (x) =>
          x.municipality === muni &&
          x.organization === org &&
          x.indicator === indicator &&
          x.year === year &&
          (x.category ?? '') === category,
      )?.value;
    const schoolAverage = (muni, indicator, year, category = '') => {
      const xs = state.values.filter(
        (x) => x.municipality === muni && x.organization && x.indicator === indicator && x.year === year && (x.category ?? '') === category,
      );
      return xs.length ? xs.reduce((a, b) => a + b.value, 0) / xs.length : undefined;
    };
    const ruleDto = (r) => ({
      ...r,
      conditions: r.conditions.map((c) => {
        const ind = IND.find((i) => i.code === c.indicator);
        const label = c.category ? DIMENSIONS[0].members.find((mm) => `grade=${mm.code}` === c.category)?.nameRu : undefined;
        const what = `«${ind?.nameRu ?? c.indicator}»${label ? ` (${label})` : ''}`;
        const sym = { gt: '>', ge: '≥', lt: '<', le: '≤', eq: '=' }[c.comparator];
        const text = c.missingOrZero
          ? `${what}: нет значения или 0`
          : c.average
            ? `${what} ${c.average === 'above' ? 'выше' : 'ниже'} среднего по муниципалитету`
            : `${what} ${sym} ${String(c.value).replace('.', ',')}`;
        return { category: '', ...c, indicatorName: ind?.nameRu, categoryLabel: label, text };
      }),
    });
    if (path === '/rules' && m === 'GET')
      return json(page(state.rules.filter((r) => !r.municipality || !q.municipality || r.municipality === q.municipality).map(ruleDto)));
    if ((mm = /^\/rules\/([^/]+)$/.exec(path))) {
      const code = decodeURIComponent(mm[1]);
      const cur = state.rules.find((r) => r.code === code);
      if (m === 'GET')
        return cur ? json(ruleDto(cur), 200, { ETag: `"${cur.version}"` }) : problem(404, 'Not Found', `Правило «${code}» не найдено`);
      const owner = m === 'DELETE' ? cur?.municipality : (JSON.parse(req.postData() ?? '{}').municipality ?? cur?.municipality);
      const keeps = owner ? me.writable.includes(owner) || me.admin : me.admin || me.canApprove;
      if (!keeps)
        return problem(
          403,
          'Forbidden',
          'Правила региона ведут министерство и администратор; правило своего муниципалитета создайте с полем municipality',
        );
      if (m === 'DELETE') {
        state.rules = state.rules.filter((r) => r !== cur);
        return route.fulfill({ status: 204 });
      }
      const body = JSON.parse(req.postData() ?? '{}');
      const errors = [];
      if (!body.name?.trim()) errors.push({ field: 'name', code: 'required', message: 'Поле «name» обязательно' });
      if (body.minYears > body.window)
        errors.push({
          field: 'minYears',
          code: 'min_years_over_window',
          message: `Число лет с признаком (${body.minYears}) больше числа лет, которые правило рассматривает (${body.window})`,
        });
      (body.conditions ?? []).forEach((c, i) => {
        const ind = IND.find((x) => x.code === c.indicator);
        if (!ind)
          errors.push({
            field: `conditions[${i}].indicator`,
            code: 'unknown_indicator',
            message: `Показатель «${c.indicator}» не найден в каталоге`,
          });
        else if (c.category && !(ind.dimensions ?? []).length)
          errors.push({
            field: `conditions[${i}].category`,
            code: 'unknown_category',
            message: `У показателя «${c.indicator}» нет категорий`,
          });
        if (c.comparator && (c.value === undefined || c.value === null))
          errors.push({ field: `conditions[${i}].value`, code: 'required', message: 'Поле «value» обязательно' });
      });
      if (errors.length) return json({ type: 'about:blank', title: 'Ошибка в данных', status: 422, errors }, 422);
      const ifMatch = req.headers()['if-match'];
      if (cur && ifMatch && ifMatch !== `"${cur.version}"`) return problem(412, 'Precondition Failed', 'Правило изменено');
      const next = { combine: 'any', preceding: false, ...body, code, version: (cur?.version ?? 0) + 1 };
      state.rules = [...state.rules.filter((r) => r !== cur), next].sort((a, b) => a.code.localeCompare(b.code));
      return json(ruleDto(next), cur ? 200 : 201, { ETag: `"${next.version}"` });
    }
    if (path === '/flags') {
      const year = Number(q.year);
      const items = [];
      for (const r of state.rules) {
        if (q.rule && r.code !== q.rule) continue;
        if (r.municipality && r.municipality !== q.municipality) continue;
        const years = Array.from({ length: r.window }, (_, i) => (r.preceding ? year - r.window + i : year - r.window + 1 + i));
        for (const o of ORGS.filter((x) => x.municipality === q.municipality && (!q.organization || x.code === q.organization))) {
          if (me.organizations?.length && !readable(o.municipality) && !me.organizations.some((x) => x.code === o.code)) continue;
          const evidence = years.map((y) => {
            const reported = r.conditions.some((c) => schoolValue(o.municipality, o.code, c.indicator, y, c.category) !== undefined);
            const conditions = r.conditions.map((c) => {
              const value = schoolValue(o.municipality, o.code, c.indicator, y, c.category);
              const average = c.average ? schoolAverage(o.municipality, c.indicator, y, c.category) : undefined;
              const matched = !reported
                ? undefined
                : c.missingOrZero
                  ? value === undefined || value === 0
                  : value === undefined
                    ? false
                    : c.average
                      ? c.average === 'above'
                        ? value > average
                        : value < average
                      : cmp(c.comparator, value, c.value);
              return { indicator: c.indicator, category: c.category ?? '', value, average, matched };
            });
            const ms = conditions.map((c) => c.matched === true);
            const matched = reported && (r.combine === 'all' ? ms.every(Boolean) : ms.some(Boolean));
            return { year: y, yearLabel: yearLabelOf(r.conditions[0].indicator, y), reported, matched, conditions };
          });
          const held = evidence.filter((e) => e.matched).map((e) => e.year);
          if (held.length >= r.minYears)
            items.push({
              rule: r.code,
              ruleName: r.name,
              municipality: o.municipality,
              municipalityName: MUNIS.find((x) => x.code === o.municipality)?.name,
              organization: o.code,
              organizationName: o.name,
              year,
              years: held,
              evidence,
            });
        }
      }
      return json(page(items));
    }
    if (path === '/scorecards') return json(page(state.scorecards));
    if ((mm = /^\/scorecards\/([^/]+)\/ratings$/.exec(path))) {
      const sc = state.scorecards.find((x) => x.code === decodeURIComponent(mm[1]));
      if (!sc) return problem(404, 'Not Found', 'Шкала не найдена');
      const year = Number(q.year);
      const rows = ORGS.filter((o) => o.municipality === q.municipality).map((o) => {
        const parts = sc.items.map((it) => {
          const value = schoolValue(o.municipality, o.code, it.indicator, year, it.category ?? '');
          const head = { item: it.code, name: it.name, indicator: it.indicator, category: it.category };
          // As the server: no value, no points (both absent), and why.
          if (value === undefined) return { ...head, why: 'нет данных' };
          const avg = schoolAverage(o.municipality, it.indicator, year, it.category ?? '');
          const hit =
            it.method === 'presence'
              ? value > 0
              : it.method === 'threshold'
                ? cmp(it.comparator, value, it.value)
                : it.method === 'above_average'
                  ? value > avg
                  : it.method === 'below_average'
                    ? value < avg
                    : true;
          const points = it.method === 'per_unit' ? it.points * value : hit ? it.points : 0;
          const why =
            it.method === 'threshold'
              ? `${String(value).replace('.', ',')} ${hit ? '≥' : '<'} ${it.value}: ${hit ? it.points : 0} балл.`
              : it.method === 'above_average'
                ? `${hit ? 'выше' : 'не выше'} среднего по МО (${avg.toFixed(1).replace('.', ',')})`
                : it.method === 'presence'
                  ? hit
                    ? `наличие: ${it.points} балл`
                    : 'нет'
                  : `${value} × ${it.points}`;
          const compares = it.method === 'above_average' || it.method === 'below_average';
          return { ...head, value, ...(compares ? { average: avg } : {}), points: points * (it.weight ?? 1), why };
        });
        return {
          municipality: o.municipality,
          municipalityName: MUNIS.find((x) => x.code === o.municipality)?.name ?? o.municipality,
          organization: o.code,
          organizationName: o.name,
          score: parts.reduce((a, p) => a + (p.points ?? 0), 0),
          parts,
          missing: parts.filter((p) => p.value === undefined).length,
        };
      });
      // Competition ranks (1, 2, 2, 4) over the schools with some data; the rest unranked, last.
      const ranked = rows.filter((r) => r.missing < r.parts.length).sort((a, b) => b.score - a.score);
      ranked.forEach((r, i) => (r.rank = i > 0 && ranked[i - 1].score === r.score ? ranked[i - 1].rank : i + 1));
      const all = [...ranked, ...rows.filter((r) => r.missing === r.parts.length)];
      const pageNo = Number(q.page ?? 0);
      const size = Number(q.size ?? 50);
      return json({ items: all.slice(pageNo * size, (pageNo + 1) * size), page: pageNo, size, total: all.length });
    }
    if ((mm = /^\/scorecards\/([^/]+)$/.exec(path))) {
      const code = decodeURIComponent(mm[1]);
      const cur = state.scorecards.find((x) => x.code === code);
      if (m === 'GET') return cur ? json(cur, 200, { ETag: `"${cur.version}"` }) : problem(404, 'Not Found', 'Шкала не найдена');
      if (m === 'DELETE') {
        state.scorecards = state.scorecards.filter((x) => x !== cur);
        return route.fulfill({ status: 204 });
      }
      const body = JSON.parse(req.postData() ?? '{}');
      const next = { ...body, code, version: (cur?.version ?? 0) + 1 };
      state.scorecards = [...state.scorecards.filter((x) => x !== cur), next];
      return json(next, cur ? 200 : 201, { ETag: `"${next.version}"` });
    }
    if (path === '/attainment/summary') {
      const rows = att(q.municipality, Number(q.year)).filter((r) => !r.organization);
      const c = (s) => rows.filter((r) => r.status === s).length;
      return json({ met: c('met'), notMet: c('not_met'), noData: c('no_data'), noTarget: c('no_target'), byArea: [] });
    }
    if (path === '/attainment/series') {
      const items = [];
      for (let y = Number(q.yearFrom ?? 2010); y <= Number(q.yearTo ?? 2030); y++) {
        const r = att(q.municipality, y, q.indicator).find((x) => !x.organization);
        if (r && (r.fact !== null || r.target))
          items.push({ year: y, fact: r.fact, qualifier: r.qualifier, target: r.target, baseline: r.baseline, status: r.status });
      }
      return json({ indicator: q.indicator, municipality: q.municipality, items });
    }
    if (path === '/attainment/ranking') {
      const rows = MUNIS.map((mu) => att(mu.code, Number(q.year), q.indicator).find((x) => !x.organization)).map((r, i) => ({
        municipality: MUNIS[i].code,
        municipalityName: MUNIS[i].name,
        fact: r?.fact ?? null,
        target: r?.target ?? null,
        status: r?.status ?? 'no_data',
      }));
      rows.sort((a, b) => (b.fact ?? -1e9) - (a.fact ?? -1e9));
      const polarity = IND.find((i) => i.code === q.indicator)?.polarity ?? 'higher';
      return json({
        indicator: q.indicator,
        year: Number(q.year),
        polarity,
        items: rows.map((r, i) => ({ rank: r.fact === null ? null : i + 1, ...r })),
      });
    }
    if (path === '/audit')
      return json(
        page(
          state.audit.filter(
            (a) => (!q.municipality || a.municipality === q.municipality) && (!q.indicator || !a.indicator || a.indicator === q.indicator),
          ),
        ),
      );
    if (path === '/imports' && m === 'POST') {
      const body = req.postDataBuffer()?.toString('utf8') ?? '';
      const lines = body.split(/\r?\n/).filter((l) => /^kaluga[;,]/.test(l));
      const errors = [];
      lines.forEach((l, i) => {
        const val = l.split(/[;,]/)[3];
        if (!/^-?\d+([.,]\d+)?$/.test(val ?? ''))
          errors.push({ row: i + 2, column: 'value', message: `Значение «${val}» не является числом` });
      });
      const job = {
        id: state.nextId(),
        status: errors.length && q.mode !== 'partial' ? 'rejected' : 'succeeded',
        type: q.type,
        dryRun: q.dryRun === 'true',
        mode: q.mode,
        rowsTotal: lines.length,
        rowsProcessed: lines.length,
        rowsImported: q.dryRun === 'true' ? 0 : lines.length - errors.length,
        rowsRejected: errors.length,
        errors,
        createdAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
        fileName: 'upload.csv',
      };
      state.jobs.unshift(job);
      return json(job, 202);
    }
    if (path === '/imports') return json(page(state.jobs));
    if ((mm = /^\/imports\/(\d+)$/.exec(path))) return json(state.jobs.find((j) => String(j.id) === mm[1]));
    return problem(404, 'Not Found', `mock: no handler for ${m} ${path}`);
  });
  return state;
}

export const USERS = {
  'kaluga-school-editor': {
    username: 'kaluga-school-editor',
    name: 'Координатор СОШ № 45',
    roles: ['organization:kaluga:kaluga-school-45:editor'],
    admin: false,
    readsAll: false,
    writesAll: false,
    canApprove: false,
    readable: [],
    writable: [],
    organizations: [{ municipality: 'kaluga', code: 'kaluga-school-45', role: 'editor' }],
  },
  'kaluga-editor': {
    username: 'kaluga-editor',
    name: 'Редактор Калуги',
    roles: ['municipality:kaluga:editor'],
    admin: false,
    readsAll: false,
    writesAll: false,
    canApprove: false,
    readable: ['kaluga'],
    writable: ['kaluga'],
  },
  ministry: {
    username: 'ministry',
    name: 'Аналитик министерства',
    roles: ['ministry-analyst'],
    admin: false,
    readsAll: true,
    writesAll: false,
    canApprove: true,
    readable: ['kaluga', 'kemerovo', 'derbent', 'tula'],
    writable: [],
  },
  admin: {
    username: 'admin',
    name: 'Администратор',
    roles: ['admin'],
    admin: true,
    readsAll: true,
    writesAll: true,
    canApprove: true,
    readable: [],
    writable: [],
  },
};
