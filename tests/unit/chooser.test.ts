import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  QUESTIONS,
  RECOMMENDATIONS,
  RULES,
  TIE_BREAK_ORDER,
  type Answers,
  type QuestionId,
  type RecommendationId,
} from '../../src/data/chooser';
import {
  decodeAnswers,
  encodeAnswers,
  mergeAnswersIntoSearch,
  recommend,
  ruleMatches,
  sanitizeAnswers,
  suggestModels,
} from '../../src/lib/chooser';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ALL: RecommendationId[] = ['closed-api', 'hosted-open', 'self-hosted', 'hybrid'];

/** Every combination of answers (each question answered or skipped). */
function* allAnswers(): Generator<Answers> {
  const choices = QUESTIONS.map((q) => [undefined, ...q.options.map((o) => o.value)]);
  const idx = choices.map(() => 0);
  while (true) {
    const answers: Answers = {};
    QUESTIONS.forEach((q, i) => {
      const v = choices[i][idx[i]];
      if (v !== undefined) answers[q.id] = v;
    });
    yield answers;
    let i = 0;
    while (i < idx.length && ++idx[i] === choices[i].length) idx[i++] = 0;
    if (i === idx.length) return;
  }
}

test('rules are well-formed: unique ids, known questions and answers, page-level guide links', () => {
  const ids = new Set<string>();
  for (const rule of RULES) {
    assert.match(rule.id, KEBAB);
    assert.ok(!ids.has(rule.id), `duplicate rule ${rule.id}`);
    ids.add(rule.id);
    assert.ok(Object.keys(rule.when).length > 0, `${rule.id} has no condition`);
    for (const [q, values] of Object.entries(rule.when)) {
      const question = QUESTIONS.find((x) => x.id === q);
      assert.ok(question, `${rule.id}: unknown question ${q}`);
      for (const v of values!)
        assert.ok(
          question.options.some((o) => o.value === v),
          `${rule.id}: unknown answer ${q}=${v}`,
        );
    }
    assert.ok(!(rule.excludes ?? []).includes('self-hosted'), `${rule.id} may not exclude self-hosted`);
    assert.ok(rule.reason.length > 20);
    assert.ok(rule.links.length > 0, `${rule.id} needs at least one guide link`);
  }
  for (const rec of Object.values(RECOMMENDATIONS)) {
    for (const link of rec.links) assert.match(link.to, /^\/guide\/[a-z0-9-]+\/$/);
    for (const m of rec.models) assert.match(m, KEBAB);
  }
  for (const rule of RULES) for (const link of rule.links) assert.match(link.to, /^\/guide\/[a-z0-9-]+\/$/);
  assert.deepEqual([...TIE_BREAK_ORDER].sort(), [...ALL].sort());
});

test('every rule fires for some answers and changes a score or excludes something (or explains models)', () => {
  for (const rule of RULES) {
    const answers: Answers = {};
    for (const [q, values] of Object.entries(rule.when)) answers[q as QuestionId] = values![0];
    assert.ok(ruleMatches(rule, answers));
    const result = recommend(answers);
    assert.ok(
      result.fired.some((r) => r.id === rule.id),
      `${rule.id} did not fire`,
    );
  }
});

test('no answers: nothing fires, tie-break picks the simplest option', () => {
  const r = recommend({});
  assert.equal(r.fired.length, 0);
  assert.equal(r.answered, 0);
  assert.equal(r.recommendation, TIE_BREAK_ORDER[0]);
});

test('hard constraints: offline or on-premises data always means self-hosted', () => {
  for (const answers of allAnswers()) {
    if (answers.offline === 'yes' || answers.data === 'premises') {
      assert.equal(recommend(answers).recommendation, 'self-hosted', JSON.stringify(answers));
    }
    if (answers.license === 'weights') assert.notEqual(recommend(answers).recommendation, 'closed-api');
  }
});

test('specific scenarios', () => {
  // Frontier need, no ops skills: closed API (4 + 1 = 5 vs hybrid 2, hosted 1).
  assert.equal(recommend({frontier: 'yes', skills: 'none'}).recommendation, 'closed-api');
  // Lowest price, containers but no GPUs: hosted open-weight (3 + 1 = 4).
  assert.equal(recommend({budget: 'lowest', skills: 'some'}).recommendation, 'hosted-open');
  // Only some requests need the frontier, high volume: hybrid (3 + 1 = 4 vs self 2, hosted 1).
  assert.equal(recommend({frontier: 'some', volume: 'high'}).recommendation, 'hybrid');
  // High volume with a GPU team and a fixed budget: self-hosted (2 + 2 + 2 + 2 = 8).
  assert.equal(
    recommend({volume: 'high', skills: 'strong', budget: 'predictable'}).recommendation,
    'self-hosted',
  );
  // Offline beats a frontier wish.
  assert.equal(recommend({offline: 'yes', frontier: 'yes'}).recommendation, 'self-hosted');
});

test('tie-break: equal scores go to the earlier entry of TIE_BREAK_ORDER', () => {
  // volume=low: closed +1, hosted +1 → tie → closed-api first.
  const r = recommend({volume: 'low'});
  assert.equal(r.ranking[0].score, r.ranking[1].score);
  assert.equal(r.recommendation, 'closed-api');
  // Custom rules: a tie between hybrid and self-hosted goes to hybrid.
  const custom = recommend({budget: 'lowest'}, [
    {
      id: 'a',
      when: {budget: ['lowest']},
      scores: {hybrid: 1, 'self-hosted': 1},
      reason: 'x'.repeat(21),
      links: [],
    },
  ]);
  assert.equal(custom.recommendation, 'hybrid');
});

test('every recommendation is reachable', () => {
  const reached = new Set<RecommendationId>();
  for (const answers of allAnswers()) reached.add(recommend(answers).recommendation);
  assert.deepEqual([...reached].sort(), [...ALL].sort());
});

test('model suggestions respect license and offline answers', () => {
  assert.ok(suggestModels('hosted-open', {}).includes('llama-4-maverick'));
  assert.ok(!suggestModels('hosted-open', {license: 'large'}).includes('llama-4-maverick'));
  assert.ok(!suggestModels('self-hosted', {offline: 'yes'}).includes('qwen3-235b'));
  for (const answers of allAnswers()) {
    const r = recommend(answers);
    assert.ok(r.models.length > 0, `no models for ${JSON.stringify(answers)}`);
  }
});

test('URL codec: round-trips and ignores unknown keys and values', () => {
  for (const answers of [
    {},
    {data: 'premises', volume: 'high'},
    {frontier: 'some', budget: 'lowest', license: 'large'},
  ] as Answers[]) {
    assert.deepEqual(decodeAnswers(encodeAnswers(answers)), answers);
  }
  assert.deepEqual(decodeAnswers('?data=moon&foo=bar&volume=low'), {volume: 'low'});
  assert.equal(encodeAnswers({offline: 'yes', data: 'any'}), 'data=any&offline=yes');
  assert.deepEqual(sanitizeAnswers({offline: 'perhaps'} as Answers), {});
});

test('every suggested model has a display label', async () => {
  const {MODEL_LABELS} = await import('../../src/data/chooser');
  for (const rec of Object.values(RECOMMENDATIONS)) for (const m of rec.models) assert.ok(MODEL_LABELS[m], m);
});

test('URL merge keeps parameters that belong to others', () => {
  assert.equal(
    mergeAnswersIntoSearch('?docusaurus-theme=dark&data=any', {volume: 'low'}),
    '?docusaurus-theme=dark&volume=low',
  );
  assert.equal(mergeAnswersIntoSearch('?data=any', {}), '');
});
