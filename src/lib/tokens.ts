/**
 * Human-friendly token counts. `parseTokenCount` accepts "5M", "250k", "1.2B", "1,000,000",
 * "2.5 million", "3 thousand", "1e6" (case-insensitive, spaces allowed) and returns either
 * `{ok: true, value}` (a whole number of tokens) or `{ok: false, error}` with a sentence for the
 * person typing. `formatTokenCount` prints the short form back ("5M", "250k", "1.2B").
 * Pure: no React, no DOM.
 */

/** Above this nothing real is meant: a quadrillion tokens a month. */
export const MAX_TOKENS = 1e15;

export type ParseResult = {ok: true; value: number} | {ok: false; error: string};

const SUFFIXES: Record<string, number> = {
  '': 1,
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
  trillions: 1e12,
};

const PATTERN = /^([0-9]*\.?[0-9]+(?:e[+]?[0-9]+)?)\s*([a-z]*)$/;

export function parseTokenCount(input: string): ParseResult {
  const text = input.trim().toLowerCase();
  if (text === '') return {ok: false, error: 'Enter a number of tokens, for example 5M or 250k.'};
  if (/^[-−]/.test(text)) return {ok: false, error: 'The number of tokens cannot be negative.'};
  // Thousands separators: "1,000,000" and "1 000 000"; only between groups of three digits.
  const compact = text.replace(/(\d)[,\s_](?=\d{3}(\D|$))/g, '$1');
  const match = PATTERN.exec(compact);
  if (!match) {
    return {ok: false, error: 'Use digits with an optional k, M or B, for example 5M, 250k or 1.2B.'};
  }
  const multiplier = SUFFIXES[match[2]];
  if (multiplier === undefined) {
    return {ok: false, error: `Unknown unit “${match[2]}”: use k (thousand), M (million) or B (billion).`};
  }
  const value = Math.round(Number(match[1]) * multiplier);
  if (!Number.isFinite(value)) return {ok: false, error: 'That number is too large.'};
  if (value > MAX_TOKENS) {
    return {
      ok: false,
      error: 'That is more than a quadrillion (10¹⁵) tokens a month; enter a realistic volume.',
    };
  }
  return {ok: true, value};
}

/** 5_000_000 -> "5M", 1_250_000_000 -> "1.25B", 999 -> "999". Three significant digits at most. */
export function formatTokenCount(value: number): string {
  return formatScaled(value, ['T', 'B', 'M', 'k'], '');
}

/** Long form for prose and screen readers: "5 million", "1.2 billion", "750 thousand". */
export function formatTokenCountLong(value: number): string {
  return formatScaled(value, ['trillion', 'billion', 'million', 'thousand'], ' ');
}

function formatScaled(value: number, units: string[], gap: string): string {
  if (!Number.isFinite(value) || value <= 0) return '0';
  // Round to three significant digits first so 999,999,999 prints as "1B", not "1000M".
  const rounded = Number(value.toPrecision(3));
  const sizes = [1e12, 1e9, 1e6, 1e3];
  for (let i = 0; i < sizes.length; i += 1) {
    if (rounded >= sizes[i])
      return `${trimZeros(String(Number((rounded / sizes[i]).toPrecision(3))))}${gap}${units[i]}`;
  }
  return String(Math.round(value));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
