import {getSource} from '../../src/data/sources';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  LARGE_PRODUCT_USERS,
  ONE_MACHINE_MAX_PARAMETERS,
  QUESTIONS,
  RECOMMENDATIONS,
  RULES,
  TIE_BREAK_ORDER,
  type Answers,
  type QuestionId,
  type RecommendationId,
  suggestedModelIds,
} from '../../src/data/chooser';
import {getModel, models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {chooserModelFacts} from '../../src/lib/chooserModels';
import {
  decodeAnswers,
  encodeAnswers,
  explainTie,
  ruleAnswers,
  mergeAnswersIntoSearch,
  recommend,
  ruleMatches,
  sanitizeAnswers,
  suggestModels,
} from '../../src/lib/chooser';

/** The facts the build derives for the page (src/plugins/dataset), here from the same records. */
const FACTS = chooserModelFacts(suggestedModelIds(), getModel, getLicense, {
  largeProductUsers: LARGE_PRODUCT_USERS,
  oneMachineMaxParameters: ONE_MACHINE_MAX_PARAMETERS,
});
const EU_WITHHELD_MODELS = Object.keys(FACTS).filter((m) => FACTS[m].euWithheld);

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
    for (const link of rec.links) assert.match(link.doc, /^[a-z0-9-]+\/[a-z0-9-]+$/);
    for (const m of rec.models) assert.match(m, KEBAB);
  }
  for (const rule of RULES) for (const link of rule.links) assert.match(link.doc, /^[a-z0-9-]+\/[a-z0-9-]+$/);
  assert.deepEqual([...TIE_BREAK_ORDER].sort(), [...ALL].sort());
});

test('every rule fires for some answers and changes a score or excludes something (or explains models)', () => {
  for (const rule of RULES) {
    const answers: Answers = {};
    for (const [q, values] of Object.entries(rule.when)) answers[q as QuestionId] = values![0];
    assert.ok(ruleMatches(rule, answers));
    const result = recommend(answers, FACTS);
    assert.ok(
      result.fired.some((r) => r.id === rule.id),
      `${rule.id} did not fire`,
    );
  }
});

test('no answers: nothing fires, tie-break picks the simplest option', () => {
  const r = recommend({}, FACTS);
  assert.equal(r.fired.length, 0);
  assert.equal(r.answered, 0);
  assert.equal(r.recommendation, TIE_BREAK_ORDER[0]);
});

test('hard constraints: offline or on-premises data always means self-hosted', () => {
  for (const answers of allAnswers()) {
    if (answers.offline === 'yes' || answers.data === 'premises') {
      assert.equal(recommend(answers, FACTS).recommendation, 'self-hosted', JSON.stringify(answers));
    }
    if (answers.license === 'weights')
      assert.notEqual(recommend(answers, FACTS).recommendation, 'closed-api');
  }
});

test('specific scenarios', () => {
  // Frontier need, no ops skills: closed API (4 + 1 = 5 vs hybrid 2, hosted 1).
  assert.equal(recommend({frontier: 'yes', skills: 'none'}, FACTS).recommendation, 'closed-api');
  // Lowest price, containers but no GPUs: hosted open-weight (3 + 1 = 4).
  assert.equal(recommend({budget: 'lowest', skills: 'some'}, FACTS).recommendation, 'hosted-open');
  // Only some requests need the frontier, high volume: hybrid (3 + 1 = 4 vs self 2, hosted 1).
  assert.equal(recommend({frontier: 'some', volume: 'high'}, FACTS).recommendation, 'hybrid');
  // High volume with a GPU team and a fixed budget: self-hosted (2 + 2 + 2 + 2 = 8).
  assert.equal(
    recommend({volume: 'high', skills: 'strong', budget: 'predictable'}, FACTS).recommendation,
    'self-hosted',
  );
  // Offline beats a frontier wish.
  assert.equal(recommend({offline: 'yes', frontier: 'yes'}, FACTS).recommendation, 'self-hosted');
});

test('tie-break: equal scores go to the earlier entry of TIE_BREAK_ORDER', () => {
  // volume=low: closed +1, hosted +1 → tie → closed-api first.
  const r = recommend({volume: 'low'}, FACTS);
  assert.equal(r.ranking[0].score, r.ranking[1].score);
  assert.equal(r.recommendation, 'closed-api');
  // Custom rules: a tie between hybrid and self-hosted goes to hybrid.
  const custom = recommend({budget: 'lowest'}, FACTS, [
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
  for (const answers of allAnswers()) reached.add(recommend(answers, FACTS).recommendation);
  assert.deepEqual([...reached].sort(), [...ALL].sort());
});

test('model suggestions respect license and offline answers', () => {
  assert.ok(suggestModels('hosted-open', {}, FACTS).includes('llama-4-maverick'));
  assert.ok(!suggestModels('hosted-open', {license: 'large'}, FACTS).includes('llama-4-maverick'));
  assert.ok(!suggestModels('self-hosted', {offline: 'yes'}, FACTS).includes('qwen3-235b'));
  for (const answers of allAnswers()) {
    const r = recommend(answers, FACTS);
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

test('every suggested model is labelled with its record’s name (derived, not retyped)', () => {
  for (const rec of Object.values(RECOMMENDATIONS))
    for (const m of rec.models) assert.equal(FACTS[m].name, getModel(m)?.name, m);
});

test('license caveats are derived from the license terms: Llama 4 Maverick gets one, Apache models none', () => {
  const caveat = FACTS['llama-4-maverick'].caveat ?? '';
  assert.match(caveat, /^Llama 4 Maverick: under the Llama 4 Community License/);
  assert.match(caveat, /700 million monthly users need a separate license from Meta/);
  assert.match(caveat, /multimodal models .* European Union/);
  assert.equal(FACTS['gpt-oss-120b'].caveat, undefined);
  // Only models whose license caps users or withholds the EU carry one.
  for (const [id, f] of Object.entries(FACTS)) assert.equal(Boolean(f.caveat), f.userCap || f.euWithheld, id);
});

test('URL merge keeps parameters that belong to others', () => {
  assert.equal(
    mergeAnswersIntoSearch('?docusaurus-theme=dark&data=any', {volume: 'low'}),
    '?docusaurus-theme=dark&volume=low',
  );
  assert.equal(mergeAnswersIntoSearch('?data=any', {}), '');
});

test('ties are explained: which options share the top score and where each one’s points come from', () => {
  // Under 10M tokens: the closed API and a hosted open-weight model both get +1 from that answer.
  const answers: Answers = {volume: 'low'};
  const r = recommend(answers, FACTS);
  const tie = explainTie(r, answers);
  assert.ok(tie, 'a tie is reported');
  const top = r.ranking.filter((x) => !x.excluded && x.score === r.ranking[0].score).map((x) => x.id);
  assert.deepEqual(tie.ids, top);
  assert.equal(tie.ids[0], r.recommendation);
  for (const id of tie.ids) assert.ok(tie.explanation.includes(RECOMMENDATIONS[id].shortLabel), id);
  const volume = QUESTIONS.find((q) => q.id === 'volume')!.options.find((o) => o.value === 'low')!.label;
  assert.ok(tie.explanation.includes(`“${volume}”`), 'names the answer that gave the points');
  assert.match(tie.explanation, /score the same \(\+1\) because/);
  assert.match(
    tie.explanation,
    new RegExp(`so “${RECOMMENDATIONS[r.recommendation].shortLabel}” comes first`),
  );
  // Contributions add up to each option's score.
  for (const ranked of r.ranking)
    assert.equal(
      ranked.contributions.reduce((sum, c) => sum + c.points, 0),
      ranked.score,
      ranked.id,
    );
});

test('no tie is reported when one option wins outright, or over ruled-out options', () => {
  for (const answers of allAnswers()) {
    const r = recommend(answers, FACTS);
    const tie = explainTie(r, answers);
    const open = r.ranking.filter((x) => !x.excluded);
    const tied = open.length > 1 && open[0].score === open[1].score;
    assert.equal(tie !== null, tied && !r.ranking[0].excluded, JSON.stringify(answers));
    if (tie) assert.ok(tie.ids.every((id) => !r.ranking.find((x) => x.id === id)!.excluded));
  }
  // With no answers every option ties at 0 and the explanation says so.
  const none = explainTie(recommend({}, FACTS), {});
  assert.ok(none);
  assert.equal(none.ids.length, TIE_BREAK_ORDER.length);
  assert.match(none.explanation, /no answers yet/i);
});

test('ruleAnswers names the options the reader picked that made a rule fire', () => {
  const rule = RULES.find((x) => Object.keys(x.when).length > 1)!;
  const answers: Answers = {};
  for (const [q, values] of Object.entries(rule.when)) answers[q as QuestionId] = values![0];
  const labels = ruleAnswers(rule, answers);
  assert.equal(labels.length, Object.keys(rule.when).length);
  for (const [q, values] of Object.entries(rule.when)) {
    const option = QUESTIONS.find((x) => x.id === q)!.options.find((o) => o.value === values![0])!;
    assert.ok(labels.includes(option.label));
  }
});

test('EU: an EU-based reader is never suggested a multimodal Llama 4 model without the warning', () => {
  assert.ok(EU_WITHHELD_MODELS.includes('llama-4-maverick'));
  for (const answers of allAnswers()) {
    const r = recommend(answers, FACTS);
    const withheld = r.models.filter((m) => EU_WITHHELD_MODELS.includes(m));
    if (answers.location === 'eu') {
      assert.deepEqual(withheld, [], JSON.stringify(answers));
      const rule = r.fired.find((x) => x.id === 'llama-4-eu');
      assert.ok(rule, 'the EU rule explains why');
      assert.match(rule.reason, /EU/);
      assert.equal(getSource(rule.source!.id)?.url, 'https://www.llama.com/llama4/use-policy/');
    }
    // Wherever a withheld model is still suggested, its caveat names the EU restriction.
    for (const m of withheld) assert.match(FACTS[m].caveat ?? '', /European Union/);
  }
  // Without a location answer Maverick is still a hosted suggestion, with its caveat.
  assert.ok(recommend({budget: 'lowest'}, FACTS).models.includes('llama-4-maverick'));
  assert.ok(!recommend({budget: 'lowest', location: 'eu'}, FACTS).models.includes('llama-4-maverick'));
});

test('every suggested model is a model record, so its tag links to an existing /models/<id>/ page', () => {
  const ids = new Set(models.map((m) => m.id));
  for (const rec of Object.values(RECOMMENDATIONS))
    for (const m of rec.models) assert.ok(ids.has(m), `${m} has no record in src/data/models/`);
  for (const m of EU_WITHHELD_MODELS) assert.ok(ids.has(m), m);
});
