/**
 * The model table's filters: search, "Can I use it for…", Open Source AI verdict, openness of
 * weights, license kind, organisation, what it takes in and what it makes, and a reset button. Disabled until
 * JavaScript runs (without it they could change nothing); their state lives in the URL query
 * (src/lib/models.ts), owned by ./index.tsx.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {RatingLevel} from '@site/src/domain/types';
import {LICENSE_KINDS, MODALITIES} from '@site/src/domain/types';
import {USE_QUESTIONS, getQuestion} from '@site/src/domain/answers';
import {
  LEVELS,
  LICENSE_KIND_LIST,
  MODALITY_LIST,
  OSAID_VERDICT_LIST,
  isFiltered,
  type TableState,
} from '@site/src/lib/models';
import {ratingText} from '@site/src/components/OpennessScorecard/RatingLabel';
import {OSAID_SHORT} from './Chip';
import styles from './Filters.module.css';

function levelLabel(level: RatingLevel): string {
  return ratingText(level);
}

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | null;
  options: Array<{value: T; label: string}>;
  onChange: (v: T | null) => void;
}): ReactNode {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">{translate({id: 'modelTable.filter.any', message: 'Any'})}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface FiltersProps {
  state: TableState;
  update: (next: Partial<TableState>) => void;
  /** Organisations of the models in the table, for the organisation filter. */
  orgs: Array<{id: string; label: string}>;
  disabled: boolean;
}

export default function Filters({state, update, orgs, disabled}: FiltersProps): ReactNode {
  return (
    <fieldset className={styles.filters} disabled={disabled}>
      <legend className={styles.legend}>
        {translate({id: 'modelTable.filter.legend', message: 'Filter models'})}
      </legend>
      <div className={styles.filterGrid}>
        <label className={styles.field}>
          <span>{translate({id: 'modelTable.filter.search', message: 'Search'})}</span>
          <input
            type="search"
            value={state.q}
            onChange={(e) => update({q: e.target.value})}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <Select
          label={translate({id: 'modelTable.filter.use', message: 'Can I use it for…'})}
          value={state.use}
          options={USE_QUESTIONS.map((q) => ({value: q.id, label: q.question}))}
          onChange={(use) => update({use})}
        />
        <Select
          label={translate({id: 'modelTable.filter.osaid', message: 'Open Source AI?'})}
          value={state.osaid}
          options={OSAID_VERDICT_LIST.map((o) => ({value: o, label: OSAID_SHORT[o].text}))}
          onChange={(osaid) => update({osaid})}
        />
        <Select
          label={translate({id: 'modelTable.filter.level', message: 'Openness of weights'})}
          value={state.level}
          options={LEVELS.map((l) => ({value: l, label: levelLabel(l)}))}
          onChange={(level) => update({level})}
        />
        <Select
          label={translate({id: 'modelTable.filter.license', message: 'License kind'})}
          value={state.license}
          options={LICENSE_KIND_LIST.map((k) => ({value: k, label: LICENSE_KINDS[k].label}))}
          onChange={(license) => update({license})}
        />
        <Select
          label={translate({id: 'modelTable.filter.organization', message: 'Organisation'})}
          value={state.org}
          options={orgs.map((o) => ({value: o.id, label: o.label}))}
          onChange={(org) => update({org})}
        />
        <Select
          label={translate({id: 'modelTable.filter.takes', message: 'Takes in'})}
          value={state.takes}
          options={MODALITY_LIST.map((m) => ({value: m, label: MODALITIES[m].label}))}
          onChange={(takes) => update({takes})}
        />
        <Select
          label={translate({id: 'modelTable.filter.makes', message: 'Makes'})}
          value={state.makes}
          options={MODALITY_LIST.map((m) => ({value: m, label: MODALITIES[m].label}))}
          onChange={(makes) => update({makes})}
        />
        <div className={styles.resetCell}>
          <button
            type="button"
            className="button button--secondary button--sm"
            disabled={!isFiltered(state)}
            onClick={() =>
              update({
                q: '',
                level: null,
                license: null,
                osaid: null,
                use: null,
                org: null,
                takes: null,
                makes: null,
              })
            }
          >
            {translate({id: 'modelTable.filter.reset', message: 'Reset filters'})}
          </button>
        </div>
      </div>
      {state.use ? (
        <p className={styles.useNote}>
          {translate(
            {
              id: 'modelTable.filter.useNote',
              message:
                'Showing models with a way in (download, API or app) whose terms answer “yes” or “with conditions” for: {question}. Each model’s page says which, and cites the clause.',
            },
            {question: getQuestion(state.use).question.replace(/\?$/, '').toLowerCase()},
          )}
        </p>
      ) : null}
    </fieldset>
  );
}
