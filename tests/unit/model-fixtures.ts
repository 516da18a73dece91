/**
 * Hand-made model and tool records for unit tests: the one place tests build Model records, so a
 * change to the record shape is one edit here. Every builder returns a record that passes the
 * validator (src/domain/validation/validate.ts) against FIXTURE_LICENSES, so a rule test breaks a
 * valid record in exactly one place. Licenses: ./license-fixtures.ts.
 */
import type {
  License,
  Model,
  ModelSize,
  OpennessDimension,
  Rating,
  RatingLevel,
  LicenseRecord,
  ToolRecord,
} from '../../src/domain/types';
import {fixtureLicense} from './license-fixtures';

/** The eight dimensions that count towards openness (the ninth, `api`, is access). */
export const OPENNESS_DIMS = [
  'weights',
  'inferenceCode',
  'trainingCode',
  'trainingData',
  'dataDocumentation',
  'paper',
  'modelCard',
  'license',
] as const satisfies readonly OpennessDimension[];

export type Levels = Partial<Record<OpennessDimension, RatingLevel>>;

/** Every openness dimension rated open. */
export const ALL_OPEN: Readonly<Record<(typeof OPENNESS_DIMS)[number], RatingLevel>> = Object.freeze(
  Object.fromEntries(OPENNESS_DIMS.map((d) => [d, 'open'])) as Record<
    (typeof OPENNESS_DIMS)[number],
    RatingLevel
  >,
);

/** `base` with some levels changed; `undefined` removes the rating (the dimension is unrated). */
export function levelsWith(
  changes: Partial<Record<OpennessDimension, RatingLevel | undefined>>,
  base: Levels = ALL_OPEN,
): Levels {
  const out: Levels = {...base};
  for (const [d, level] of Object.entries(changes) as Array<[OpennessDimension, RatingLevel | undefined]>) {
    if (level === undefined) delete out[d];
    else out[d] = level;
  }
  return out;
}

/** One rating with placeholder evidence. */
export function rating(level: RatingLevel, overrides: Partial<Rating> = {}): Rating {
  return {
    level,
    note: `Fixture: ${level}.`,
    source: 'https://example.org/evidence',
    asOf: '2025-01',
    ...overrides,
  };
}

/** An openness profile rating each listed dimension at the given level. */
export function ratings(levels: Levels): Model['openness'] {
  return Object.fromEntries(
    (Object.entries(levels) as Array<[OpennessDimension, RatingLevel]>).map(([d, level]) => [
      d,
      rating(level),
    ]),
  );
}

/** Parameters disclosed with these totals (`[total, active]` pairs for mixture-of-experts). */
export function disclosed(...sizes: Array<number | [number, number]>): Model['parameters'] {
  return {
    status: 'disclosed',
    sizes: sizes.map((s): ModelSize => (Array.isArray(s) ? {total: s[0], active: s[1]} : {total: s})),
    source: 'https://example.org/parameters',
    asOf: '2025-01',
  };
}

/** Parameters the maker did not publish. */
export const NOT_DISCLOSED: Model['parameters'] = Object.freeze({
  status: 'not-disclosed',
  source: 'https://example.org/parameters',
  asOf: '2025-01',
  note: 'Not published.',
});

export interface ModelFixture extends Partial<Model> {
  /** Shorthand for `openness`: the level of each rated dimension (default: all eight open). */
  levels?: Levels;
}

/**
 * A valid model record: id `fixture` (name and page follow the id), released January 2025,
 * downloadable weights under the OSI-approved `fixture-osi` license, every openness dimension
 * open but the API (closed: download only; the rubric wants all nine rated), size not disclosed. Pass `levels` (or a full `openness`) and any field to change.
 */
export function fixtureModel({levels, ...fields}: ModelFixture = {}): Model {
  const id = fields.id ?? 'fixture';
  return {
    id,
    name: `Fixture ${id}`,
    organization: 'Fixture Lab',
    firstRelease: '2025-01',
    releaseSource: 'https://example.org/release',
    summary: `A hand-made record called ${id}.`,
    inputs: ['text'],
    outputs: ['text'],
    modalities: ['text'],
    parameters: {...NOT_DISCLOSED},
    license: 'fixture-osi',
    access: ['weights'],
    howToGet: 'Download it from the fixture hub.',
    openness: ratings(levels ?? {...ALL_OPEN, api: 'closed'}),
    guidePages: ['models/open-alternatives'],
    lastVerified: '2025-06-01',
    added: '2025-06-01',
    kind: 'version',
    maker: 'fixture-lab',
    ...fields,
  };
}

/**
 * Licenses the default fixtures use: `fixture-osi` (OSI-approved, permissive terms),
 * `fixture-restricted` (terms not read) and `fixture-proprietary` (hosted terms, no URL needed).
 */
export const FIXTURE_LICENSES: readonly License[] = [
  fixtureLicense({id: 'fixture-osi', kind: 'osi-approved', terms: {}}),
  fixtureLicense({id: 'fixture-restricted', kind: 'restricted'}),
  fixtureLicense({id: 'fixture-proprietary', kind: 'proprietary', url: undefined}),
];

/** A hosted-only model: closed weights under proprietary terms, reached through an app and an API. */
export function closedFixture(fields: ModelFixture = {}): Model {
  return fixtureModel({
    id: 'closed-fixture',
    license: 'fixture-proprietary',
    access: ['app', 'api'],
    levels: {
      weights: 'closed',
      trainingCode: 'closed',
      trainingData: 'closed',
      license: 'closed',
      api: 'open',
    },
    ...fields,
  });
}

/** A valid runtime record as written in src/data/models/tools.ts (home and source are source ids). */
export function fixtureTool(fields: Partial<ToolRecord> = {}): ToolRecord {
  return {
    id: 'fixture-runtime',
    name: 'Fixture runtime',
    organization: 'Fixture Lab',
    firstRelease: '2024-01',
    summary: 'Runs fixture models locally.',
    license: 'fixture-osi',
    home: 'fixture-runtime-home',
    source: 'fixture-runtime-license',
    asOf: '2025-01',
    guidePages: ['models/run-locally'],
    lastVerified: '2025-06-01',
    ...fields,
  };
}

/** Source ids the record forms below cite (the validator checks ids against a set like this). */
export const FIXTURE_SOURCE_IDS: ReadonlySet<string> = new Set([
  'fixture-release',
  'fixture-evidence',
  'fixture-parameters',
  'fixture-license-text',
  'fixture-clause',
  'fixture-runtime-home',
  'fixture-runtime-license',
]);

const asId = (source: string | undefined, id: string) =>
  source === undefined || /^https?:/.test(source) ? id : source;

/**
 * A fixture model as the validator sees it (src/data/models/ records): every source a source id
 * (URLs become the FIXTURE_SOURCE_IDS ids; ids given by the test stay).
 */
export function asModelRecord(m: Model): Model {
  const r = structuredClone(m);
  r.releaseSource = asId(r.releaseSource, 'fixture-release');
  r.parameters = {...r.parameters, source: asId(r.parameters.source, 'fixture-parameters')};
  for (const rating of Object.values(r.openness))
    if (rating) rating.source = asId(rating.source, 'fixture-evidence');
  return r;
}

/** A fixture license as written in src/data/licenses/: the text's source id instead of its URL. */
export function asLicenseRecord(l: License): LicenseRecord {
  const {url, ...rest} = structuredClone(l);
  const r: LicenseRecord = {
    ...rest,
    ...(url || rest.source ? {source: asId(rest.source, 'fixture-license-text')} : {}),
  };
  if (r.terms) for (const term of Object.values(r.terms)) term.source = asId(term.source, 'fixture-clause');
  return r;
}

/** FIXTURE_LICENSES as records. */
export const FIXTURE_LICENSE_RECORDS: readonly LicenseRecord[] = FIXTURE_LICENSES.map(asLicenseRecord);
