/**
 * Family pages (/models/<family>/): the one-line answer to "Is <family> open source?" computed
 * from the members' verdicts (src/domain/verdicts.ts), and the route props the dataset plugin passes
 * to src/components/FamilyPage (only that family's members, never the dataset). Pure functions;
 * tested in tests/unit/families.test.ts.
 */
import type {License, LicenseKind, Model, ModelFamily} from '../domain/types';
import {
  modelVerdicts,
  type OpenWeightsStatus,
  type OpennessScore,
  type OsaidPartId,
  type OsaidVerdict,
} from '../domain/verdicts';

export interface FamilyMember {
  id: string;
  name: string;
  firstRelease: string;
  osaid: OsaidVerdict;
  score: OpennessScore;
  openWeights: OpenWeightsStatus;
  licenseName: string;
  licenseKind: LicenseKind;
}

export interface FamilyPageProps {
  family: ModelFamily;
  answer: string;
  /** Newest first. */
  members: FamilyMember[];
  /** Every family, for the "other families" links (id and name only). */
  others: Array<{id: string; name: string}>;
}

type MemberInput = {model: Model; license: License};

/** Newest first; partial dates ("2025-12") sort before full dates of the same month. */
export function newestFirst<T extends {firstRelease: string; name: string}>(items: T[]): T[] {
  return [...items].sort(
    (a, b) => b.firstRelease.localeCompare(a.firstRelease) || a.name.localeCompare(b.name),
  );
}

export function familyMember({model, license}: MemberInput): FamilyMember {
  const v = modelVerdicts(model, license);
  return {
    id: model.id,
    name: model.name,
    firstRelease: model.firstRelease,
    osaid: v.osaid.verdict,
    score: v.score,
    openWeights: v.openWeights,
    // "Grok 2 Community License (now the xAI …)" → "Grok 2 Community License".
    licenseName: license.name.replace(/\s*\([^)]*\)$/, ''),
    licenseKind: license.kind,
  };
}

const KIND_WORD: Record<LicenseKind, string> = {
  'osi-approved': 'OSI-approved',
  permissive: 'permissive but not OSI-listed',
  restricted: 'custom, use-restricting',
  'non-commercial': 'non-commercial',
  proprietary: 'proprietary',
  unclear: 'unverified',
};

/** License kinds that by themselves fail the definition's parameters part. */
const NEVER_OSI = new Set<LicenseKind>(['restricted', 'non-commercial', 'proprietary']);

/** What each OSAID part asks for, when every member misses it. */
const PART_NEED: Record<Exclude<OsaidPartId, 'parameters'>, string> = {
  'data-information': 'the training data or a full account of it',
  code: 'the training code',
};

const list = (items: string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} and ${items.at(-1)}`;

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * "No — every Llama release has downloadable weights …; none meets the Open Source AI Definition."
 * Built from the members' computed verdicts and license records only.
 */
export function familyAnswer(family: Pick<ModelFamily, 'name'>, inputs: MemberInput[]): string {
  if (inputs.length === 0) throw new Error(`family ${family.name}: no members`);
  const members = newestFirst(inputs.map(familyMember));
  const verdicts = new Map(inputs.map((i) => [i.model.id, modelVerdicts(i.model, i.license)]));
  const n = members.length;
  const F = family.name;
  const names = (ms: FamilyMember[]) =>
    list(
      newestFirst(ms)
        .reverse()
        .map((m) => m.name),
    );

  const meets = members.filter((m) => m.osaid === 'meets');
  const unknown = members.filter((m) => m.osaid === 'cannot-tell');
  const withWeights = members.filter((m) => m.openWeights !== 'no');
  // Unrated parts make the answer hedge: never a flat "No" that the ratings cannot back.
  const head =
    meets.length === n
      ? 'Yes'
      : meets.length > 0
        ? 'Partly'
        : unknown.length === 0
          ? 'No'
          : unknown.length === n
            ? 'Cannot tell yet'
            : 'Mostly no';

  // Weights and licenses.
  let weights: string;
  if (withWeights.length === n) {
    const osi = members.filter((m) => m.licenseKind === 'osi-approved');
    const onRequest = members.filter((m) => m.openWeights === 'on-request');
    const every = n === 2 ? `both ${F} releases have` : `every ${F} release has`;
    const gate = onRequest.length > 0 ? ` (${names(onRequest)} only on request)` : '';
    if (osi.length === n) {
      weights = `${every} downloadable weights${gate} under an OSI-approved license (${list(unique(members.map((m) => m.licenseName)).sort())})`;
    } else if (osi.length === 0) {
      const kinds = unique(members.map((m) => KIND_WORD[m.licenseKind]));
      weights = `${every} downloadable weights${gate} under ${list(kinds).replace(/ and /, ' or ')} licenses, none OSI-approved`;
    } else {
      weights = `${every} downloadable weights${gate}; ${osi.length} of ${n} under an OSI-approved license (${names(osi)})`;
    }
  } else if (withWeights.length === 0) {
    weights = `no ${F} model has downloadable weights: ${n === 2 ? 'both are' : 'all are'} used only through apps and APIs`;
  } else {
    const verb = withWeights.length === 1 ? 'has' : 'have';
    weights = `${withWeights.length} of ${n} ${F} releases ${verb} downloadable weights (${names(withWeights)}); the other ${n - withWeights.length} are used only through apps and APIs`;
  }

  // The Open Source AI Definition.
  let osaid: string;
  if (meets.length === n) {
    osaid = `${n === 2 ? 'both meet' : 'every one meets'} the Open Source AI Definition, with training code and data information released too`;
  } else if (meets.length === 0) {
    const common = (['data-information', 'code'] as const).filter((part) =>
      inputs.every(
        (i) => verdicts.get(i.model.id)?.osaid.parts.find((p) => p.part === part)?.status === 'not-met',
      ),
    );
    const notMeet = members.filter((m) => m.osaid === 'does-not-meet');
    osaid =
      unknown.length === n
        ? 'our ratings cannot tell yet whether any meets the Open Source AI Definition'
        : unknown.length > 0
          ? `${notMeet.length} of ${n} ${notMeet.length === 1 ? 'does' : 'do'} not meet the Open Source AI Definition (${names(notMeet)})`
          : `${n === 2 ? 'neither' : 'none'} meets the Open Source AI Definition${
              withWeights.length === n && common.length > 0
                ? `, which also needs ${list(common.map((p) => PART_NEED[p]))}`
                : ''
            }`;
  } else {
    osaid = `${meets.length} of ${n} meet the Open Source AI Definition (${names(meets)})`;
  }
  const cannotTell =
    unknown.length > 0 && unknown.length < n ? `; for ${names(unknown)} our ratings cannot tell yet` : '';
  // A license OSI has not approved fails the definition on its own: "so" when none is approved.
  const noneApproved = members.every((m) => NEVER_OSI.has(m.licenseKind));
  const glue =
    meets.length === n
      ? ', and '
      : withWeights.length === 0 || (meets.length === 0 && noneApproved)
        ? ', so '
        : withWeights.length !== n
          ? ', and '
          : ', but ';
  return `${head} — ${weights}${glue}${osaid}${cannotTell}.`;
}

/** Route props for one family page; throws on an unknown member id so a typo fails the build. */
export function familyPageProps(
  family: ModelFamily,
  all: readonly ModelFamily[],
  getModel: (id: string) => Model | undefined,
  getLicense: (id: string) => License | undefined,
): FamilyPageProps {
  const inputs = family.models.map((id) => {
    const model = getModel(id);
    if (!model) throw new Error(`families[${family.id}]: unknown model id "${id}"`);
    const license = getLicense(model.license);
    if (!license) throw new Error(`models[${id}].license: unknown license id`);
    return {model, license};
  });
  return {
    family,
    answer: familyAnswer(family, inputs),
    members: newestFirst(inputs.map(familyMember)),
    others: all.filter((f) => f.id !== family.id).map((f) => ({id: f.id, name: f.name})),
  };
}
