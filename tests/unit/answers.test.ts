/**
 * The "can I use it for…?" engine (src/domain/answers.ts, issue #24): one fixture per rule, a
 * property over every question that an unread or unclear clause never yields the answer that
 * favours the reader, and the real data: every read document passes validateTerms and every
 * model's channels are answered without "not checked" from a read document.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  QUESTIONS,
  answerChannel,
  bestAnswer,
  favour,
  type Channel,
  type ModelFacts,
  type QuestionId,
} from '../../src/domain/answers';
import type {ClauseStatus, Clauses, ResolvedDocument, TermsDocument} from '../../src/domain/terms';
import {DOCUMENTS, READ_DOCUMENTS, answersFor, isUnread, validateTerms} from '../../src/data/terms';
import {CHANNELS} from '../../src/data/terms/channels';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';

const PIN = {
  url: 'https://github.com/o/r/blob/0123456789012345678901234567890123456789/LICENSE',
  pin: 'commit',
  readOn: '2026-12-07',
} as const;

function doc(
  id: string,
  clauses: Clauses,
  kind: TermsDocument['kind'] = 'terms-of-service',
): ResolvedDocument {
  return {
    id,
    name: id,
    kind,
    audience: 'business',
    url: 'https://example.org/t',
    summary: 's',
    versions: [{date: '2026-01-01', source: PIN, clauses}],
  };
}
const c = (status: ClauseStatus, note = `${status}.`) => ({status, section: '§1', note});
const weights: Channel = {id: 'weights:x', kind: 'weights', name: 'w', documents: ['x']};
const api: Channel = {id: 'api', kind: 'api', name: 'a', documents: ['x']};
const open: ModelFacts = {multimodal: false, weights: 'yes'};
const get = (answers: ReturnType<typeof answerChannel>, id: QuestionId) =>
  answers.find((a) => a.question === id)!;

test('a clause answers its question and is cited with its section and pinned version', () => {
  const a = get(answerChannel(api, [doc('x', {commercialUse: c('yes', 'Allowed.')})], open), 'commercial');
  assert.equal(a.status, 'yes');
  assert.deepEqual(a.basis, [{document: 'x', date: '2026-01-01', section: '§1', url: PIN.url}]);
});

test('several documents: the least favourable answer decides, by polarity', () => {
  const terms = doc('t', {commercialUse: c('yes'), trainsOnInputs: c('no')});
  const policy = doc('p', {commercialUse: c('conditional'), trainsOnInputs: c('yes')});
  const answers = answerChannel(api, [terms, policy], open);
  assert.equal(get(answers, 'commercial').status, 'conditional');
  assert.equal(get(answers, 'commercial').basis[0].document, 'p', 'the deciding clause is cited first');
  assert.equal(
    get(answers, 'trains-on-inputs').status,
    'yes',
    'for "does it train on you", yes is the unfavourable answer',
  );
});

test('the channel settles some questions: no weights through an API, nothing sent to anyone from a download', () => {
  const answers = answerChannel(api, [doc('x', {derivatives: c('yes')})], open);
  assert.equal(get(answers, 'fine-tune-publish').status, 'no');
  assert.equal(get(answers, 'offline').status, 'no');
  const w = answerChannel(weights, [doc('x', {trainsOnInputs: c('yes')}, 'license')], open);
  assert.equal(get(w, 'trains-on-inputs').status, 'no');
});

test('offline use on a download follows the rated weights: free, gated, on request, not released', () => {
  const answer = (f: ModelFacts) => get(answerChannel(weights, [doc('x', {})], f), 'offline').status;
  assert.equal(answer({...open, weights: 'yes'}), 'yes');
  assert.equal(answer({...open, weights: 'gated'}), 'yes');
  assert.equal(answer({...open, weights: 'on-request'}), 'conditional');
  assert.equal(answer({...open, weights: 'no'}), 'no');
});

test('conditions turn a yes into "with conditions", adding their notes and clauses', () => {
  const a = get(
    answerChannel(
      weights,
      [
        doc(
          'x',
          {derivatives: c('yes', 'May change.'), attributionDuties: c('yes', 'Name it "Llama".')},
          'license',
        ),
      ],
      open,
    ),
    'fine-tune-publish',
  );
  assert.equal(a.status, 'conditional');
  assert.match(a.note, /May change\. Name it "Llama"\./);
  assert.equal(a.basis.length, 2);
});

test('a user threshold: separate license (counted ongoing) is no, counted at release or a credit is conditional, above 700M is irrelevant', () => {
  const at = (t: Record<string, unknown>) =>
    get(
      answerChannel(
        weights,
        [doc('x', {commercialUse: c('yes'), userThreshold: {...c('yes'), ...t}}, 'license')],
        open,
      ),
      'over-700m-users',
    ).status;
  assert.equal(at({monthlyActiveUsers: 700e6, effect: 'separate-license', measuredAt: 'ongoing'}), 'no');
  assert.equal(
    at({monthlyActiveUsers: 700e6, effect: 'separate-license', measuredAt: 'release-date'}),
    'conditional',
  );
  assert.equal(at({monthlyActiveUsers: 100e6, effect: 'attribution'}), 'conditional');
  assert.equal(
    at({monthlyActiveUsers: 1e9, effect: 'separate-license'}),
    'yes',
    'a billion-user threshold does not bite at 700M',
  );
});

test('no threshold or no region clause: the answer is the commercial one, never better', () => {
  for (const status of ['yes', 'no', 'conditional', 'unclear'] as const) {
    const answers = answerChannel(api, [doc('x', {commercialUse: c(status)})], open);
    assert.equal(get(answers, 'over-700m-users').status, status);
    assert.equal(get(answers, 'eu-company').status, status);
  }
});

test('an EU exclusion: no for an EU company; one that covers multimodal models only spares a text model', () => {
  const eu = (appliesTo: 'all' | 'multimodal', multimodal: boolean) =>
    get(
      answerChannel(
        weights,
        [
          doc(
            'x',
            {commercialUse: c('yes'), regionExclusion: {...c('yes'), regions: ['European Union'], appliesTo}},
            'license',
          ),
        ],
        {...open, multimodal},
      ),
      'eu-company',
    ).status;
  assert.equal(eu('all', false), 'no');
  assert.equal(eu('multimodal', true), 'no');
  assert.equal(eu('multimodal', false), 'yes');
  const elsewhere = answerChannel(
    api,
    [doc('x', {commercialUse: c('yes'), regionExclusion: {...c('yes'), regions: ['sanctioned countries']}})],
    open,
  );
  assert.equal(get(elsewhere, 'eu-company').status, 'yes');
  assert.equal(get(elsewhere, 'regions').status, 'conditional', 'some region is excluded');
});

test('a topic no document addresses is "unclear", and says so', () => {
  const a = get(answerChannel(api, [doc('x', {})], open), 'ip-indemnity');
  assert.equal(a.status, 'unclear');
  assert.match(a.note, /None of the documents/);
});

test('property: for every question, an unclear or unread clause never yields the favourable answer', () => {
  const unknowns: ClauseStatus[] = ['unclear', 'not-checked'];
  const knowns: ClauseStatus[] = ['yes', 'no', 'conditional'];
  const facts: ModelFacts[] = [open, {multimodal: true, weights: 'gated'}];
  let checked = 0;
  for (const q of QUESTIONS) {
    const best = q.polarity === 'permission' ? 'yes' : 'no';
    for (const channel of [weights, api, {...api, kind: 'app' as const}]) {
      if (q.byChannel?.[channel.kind] || q.fromFacts?.kinds.includes(channel.kind)) continue;
      for (const unknown of unknowns)
        for (const other of [...knowns, undefined])
          for (const f of facts) {
            // The unknown clause on the question's own topic, alone or beside another document's known
            // answer, with every other topic favourable.
            const clause = {
              ...c(unknown),
              regions: ['European Union'],
              monthlyActiveUsers: 1e6,
              effect: 'separate-license',
            };
            const favourable: Clauses = {
              commercialUse: c('yes'),
              derivatives: c('yes'),
              trainsOnInputs: c('no'),
            };
            const docs = [doc('a', {...favourable, [q.clause]: clause})];
            if (other) docs.push(doc('b', {[q.clause]: {...c(other), regions: ['European Union']}}));
            const a = get(answerChannel(channel, docs, f), q.id);
            assert.notEqual(
              a.status,
              best,
              `${q.id} on ${channel.kind}: ${unknown} beside ${other ?? 'nothing'} gave ${a.status}`,
            );
            checked++;
          }
    }
  }
  assert.ok(checked > 100, `checked ${checked} cases`);
});

test('favour ranks unknowns below every known favourable answer, for both polarities', () => {
  for (const p of ['permission', 'exposure'] as const) {
    const good = p === 'permission' ? 'yes' : 'no';
    assert.ok(favour('unclear', p) < favour('conditional', p));
    assert.ok(favour('not-checked', p) < favour(good, p));
  }
});

test('bestAnswer picks the channel that allows most: Command R+ may be non-commercial as weights but commercial by API', () => {
  const w = {
    channel: weights,
    answers: answerChannel(weights, [doc('x', {commercialUse: c('no')}, 'license')], open),
  };
  const a = {channel: api, answers: answerChannel(api, [doc('x', {commercialUse: c('yes')})], open)};
  assert.equal(bestAnswer([w, a], 'commercial')?.channel.id, 'api');
});

test('the real data: documents and channels pass validation; answers come from read text', () => {
  const makers = new Set(models.map((m) => m.maker));
  assert.deepEqual(validateTerms(READ_DOCUMENTS, CHANNELS, makers), []);
  // A broken document is caught: an unpinned OTA version, a clause without its section.
  const bad = doc('bad', {commercialUse: {status: 'not-checked', section: '', note: 'x'}});
  bad.versions[0].source = {
    url: 'https://github.com/o/r/blob/main/x',
    pin: 'open-terms-archive',
    readOn: '2026-12-07',
  };
  const problems = validateTerms([bad], [], makers);
  assert.ok(
    problems.some((p) => /full commit hash/.test(p)),
    problems.join('\n'),
  );
  assert.ok(problems.some((p) => /name the section/.test(p)));
  assert.ok(problems.some((p) => /not checked/.test(p)));
  for (const m of models) {
    for (const {channel, answers} of answersFor(m, getLicense(m.license)!)) {
      assert.equal(answers.length, QUESTIONS.length);
      const fromRead = channel.documents.every((id) => !isUnread(DOCUMENTS.find((d) => d.id === id)!));
      if (fromRead)
        assert.ok(
          answers.every((a) => a.status !== 'not-checked'),
          `${m.id} / ${channel.id}`,
        );
    }
  }
});
