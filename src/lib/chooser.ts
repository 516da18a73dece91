/**
 * Evaluates the chooser rules in src/data/chooser.ts. Pure: no React, no DOM.
 *
 * `recommend(answers)` applies every rule whose `when` matches, drops excluded recommendations,
 * sums scores, and picks the highest; ties follow TIE_BREAK_ORDER. It returns the winner, the
 * full ranking, the rules that fired (the reasons shown to the reader), and model suggestions
 * filtered by the answers, using the per-model facts derived from the records
 * (src/lib/chooserModels.ts; the page reads them from the dataset plugin's chooser-models.json).
 * `decodeAnswers`/`encodeAnswers` are the URL codec: one key per question, unknown keys and values
 * ignored.
 */
import {
  QUESTIONS,
  RECOMMENDATIONS,
  RULES,
  TIE_BREAK_ORDER,
  type Answers,
  type QuestionId,
  type RecommendationId,
  type Rule,
} from '../data/chooser';
import type {ChooserFacts} from './chooserModels';

export interface Contribution {
  rule: Rule;
  points: number;
}

export interface Ranked {
  id: RecommendationId;
  score: number;
  excluded: boolean;
  /** The rules that moved this option's score, in rule order. */
  contributions: Contribution[];
}

export interface ChooserResult {
  recommendation: RecommendationId;
  ranking: Ranked[];
  fired: Rule[];
  models: string[];
  answered: number;
}

export function ruleMatches(rule: Rule, answers: Answers): boolean {
  const entries = Object.entries(rule.when) as Array<[QuestionId, readonly string[]]>;
  return (
    entries.length > 0 &&
    entries.every(([q, values]) => answers[q] !== undefined && values.includes(answers[q]!))
  );
}

export function recommend(
  answers: Answers,
  facts: ChooserFacts,
  rules: readonly Rule[] = RULES,
): ChooserResult {
  const clean = sanitizeAnswers(answers);
  const fired = rules.filter((rule) => ruleMatches(rule, clean));
  const scores = new Map<RecommendationId, number>(TIE_BREAK_ORDER.map((id) => [id, 0]));
  const contributions = new Map<RecommendationId, Contribution[]>(TIE_BREAK_ORDER.map((id) => [id, []]));
  const excluded = new Set<RecommendationId>();
  for (const rule of fired) {
    for (const id of rule.excludes ?? []) excluded.add(id);
    for (const [id, value] of Object.entries(rule.scores ?? {}) as Array<[RecommendationId, number]>) {
      scores.set(id, (scores.get(id) ?? 0) + value);
      if (value !== 0) contributions.get(id)?.push({rule, points: value});
    }
  }
  // Stable sort over TIE_BREAK_ORDER: equal scores keep the simpler option first.
  const ranking: Ranked[] = TIE_BREAK_ORDER.map((id) => ({
    id,
    score: scores.get(id) ?? 0,
    excluded: excluded.has(id),
    contributions: contributions.get(id) ?? [],
  })).sort((a, b) => Number(a.excluded) - Number(b.excluded) || b.score - a.score);
  const recommendation = ranking[0].excluded ? 'self-hosted' : ranking[0].id;
  return {
    recommendation,
    ranking,
    fired,
    models: suggestModels(recommendation, clean, facts),
    answered: Object.keys(clean).length,
  };
}

/**
 * Suggested model ids for a recommendation, dropping those the answers rule out. A model without
 * facts is an error: the dataset plugin derives facts for every model a recommendation lists.
 */
export function suggestModels(id: RecommendationId, answers: Answers, facts: ChooserFacts): string[] {
  const listed = RECOMMENDATIONS[id].models.map((m) => {
    const f = facts[m];
    if (!f) throw new Error(`chooser: no facts for suggested model "${m}"`);
    return {id: m, ...f};
  });
  let models = listed;
  if (answers.license === 'large') models = models.filter((m) => !m.userCap);
  if (answers.license === 'weights') models = models.filter((m) => !m.closed || id === 'hybrid');
  if (answers.location === 'eu') models = models.filter((m) => !m.euWithheld);
  if (answers.offline === 'yes') models = models.filter((m) => m.oneMachine);
  return models.map((m) => m.id);
}

/** The reader's answers that made a rule fire, as the option labels they clicked. */
export function ruleAnswers(rule: Rule, answers: Answers): string[] {
  const labels: string[] = [];
  for (const question of QUESTIONS) {
    if (!rule.when[question.id]) continue;
    const option = question.options.find((o) => o.value === answers[question.id]);
    if (option) labels.push(option.label);
  }
  return labels;
}

export interface Tie {
  /** Options sharing the top score, in tie-break order; the first is the recommendation. */
  ids: RecommendationId[];
  score: number;
  /** One sentence per tied option saying where its score comes from, then the tie-break. */
  explanation: string;
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '0';
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * When two or more options that are not ruled out share the top score, says why: what each one's
 * score is made of and which way the tie goes. Null when the recommendation won outright.
 */
export function explainTie(result: ChooserResult, answers: Answers): Tie | null {
  const top = result.ranking[0];
  if (top.excluded) return null;
  const tied = result.ranking.filter((r) => !r.excluded && r.score === top.score);
  if (tied.length < 2) return null;
  const names = tied.map((r) => RECOMMENDATIONS[r.id].shortLabel);
  const parts = tied.map((r) => {
    const name = RECOMMENDATIONS[r.id].shortLabel;
    if (r.contributions.length === 0) return `${name} has no points from your answers`;
    const from = r.contributions.map(
      (c) => `${signed(c.points)} for “${ruleAnswers(c.rule, answers).join('” and “')}”`,
    );
    return `${name} gets ${joinAnd(from)}`;
  });
  const lead =
    result.answered === 0
      ? `With no answers yet, all ${tied.length} options score 0.`
      : `${joinAnd(names)} score the same (${signed(top.score)}) because ${joinAnd(parts)}.`;
  return {
    ids: tied.map((r) => r.id),
    score: top.score,
    explanation: `${lead} A tie goes to the option with less to run, so “${RECOMMENDATIONS[tied[0].id].shortLabel}” comes first; more answers may separate them.`,
  };
}

/** Keeps only known questions with known option values. */
export function sanitizeAnswers(answers: Answers): Answers {
  const clean: Answers = {};
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value !== undefined && question.options.some((o) => o.value === value)) clean[question.id] = value;
  }
  return clean;
}

export function decodeAnswers(search: string): Answers {
  const params = new URLSearchParams(search);
  const answers: Answers = {};
  for (const question of QUESTIONS) {
    const value = params.get(question.id);
    if (value !== null) answers[question.id] = value;
  }
  return sanitizeAnswers(answers);
}

/** Answers → query string without "?", in question order. "" when nothing is answered. */
export function encodeAnswers(answers: Answers): string {
  const clean = sanitizeAnswers(answers);
  const params = new URLSearchParams();
  for (const question of QUESTIONS) {
    const value = clean[question.id];
    if (value !== undefined) params.set(question.id, value);
  }
  return params.toString();
}

/** The page's new search string: the answers, plus any other parameters already in `current`. */
export function mergeAnswersIntoSearch(current: string, answers: Answers): string {
  const params = new URLSearchParams(current);
  for (const question of QUESTIONS) params.delete(question.id);
  for (const [key, value] of new URLSearchParams(encodeAnswers(answers))) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
