/**
 * Evaluates the chooser rules in src/data/chooser.ts. Pure: no React, no DOM.
 *
 * `recommend(answers)` applies every rule whose `when` matches, drops excluded recommendations,
 * sums scores, and picks the highest; ties follow TIE_BREAK_ORDER. It returns the winner, the
 * full ranking, the rules that fired (the reasons shown to the reader), and model suggestions
 * filtered by the answers. `decodeAnswers`/`encodeAnswers` are the URL codec: one key per
 * question, unknown keys and values ignored.
 */
import {
  CLOSED_MODELS,
  QUESTIONS,
  RECOMMENDATIONS,
  RULES,
  SMALL_MODELS,
  TIE_BREAK_ORDER,
  USER_CAP_MODELS,
  type Answers,
  type QuestionId,
  type RecommendationId,
  type Rule,
} from '../data/chooser';

export interface Ranked {
  id: RecommendationId;
  score: number;
  excluded: boolean;
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

export function recommend(answers: Answers, rules: readonly Rule[] = RULES): ChooserResult {
  const clean = sanitizeAnswers(answers);
  const fired = rules.filter((rule) => ruleMatches(rule, clean));
  const scores = new Map<RecommendationId, number>(TIE_BREAK_ORDER.map((id) => [id, 0]));
  const excluded = new Set<RecommendationId>();
  for (const rule of fired) {
    for (const id of rule.excludes ?? []) excluded.add(id);
    for (const [id, value] of Object.entries(rule.scores ?? {}) as Array<[RecommendationId, number]>) {
      scores.set(id, (scores.get(id) ?? 0) + value);
    }
  }
  // Stable sort over TIE_BREAK_ORDER: equal scores keep the simpler option first.
  const ranking: Ranked[] = TIE_BREAK_ORDER.map((id) => ({
    id,
    score: scores.get(id) ?? 0,
    excluded: excluded.has(id),
  })).sort((a, b) => Number(a.excluded) - Number(b.excluded) || b.score - a.score);
  const recommendation = ranking[0].excluded ? 'self-hosted' : ranking[0].id;
  return {
    recommendation,
    ranking,
    fired,
    models: suggestModels(recommendation, clean),
    answered: Object.keys(clean).length,
  };
}

/** Suggested model ids for a recommendation, dropping those the answers rule out. */
export function suggestModels(id: RecommendationId, answers: Answers): string[] {
  let models = [...RECOMMENDATIONS[id].models];
  if (answers.license === 'large') models = models.filter((m) => !USER_CAP_MODELS.includes(m));
  if (answers.license === 'weights')
    models = models.filter((m) => !CLOSED_MODELS.includes(m) || id === 'hybrid');
  if (answers.offline === 'yes')
    models = models.filter((m) => SMALL_MODELS.includes(m) || m === 'gpt-oss-120b');
  return models;
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
