/**
 * "Is ___ open source?": a text field that suggests models as the reader types and opens the model
 * page (/models/<id>/). It follows the ARIA combobox pattern (list autocomplete): arrow keys move
 * through suggestions, Enter opens the highlighted one (or the first), Escape closes the list.
 * Without JavaScript it is a plain GET form to the model explorer (/models/?q=…), and the home
 * page lists every model as a link. The suggestions come from the tiny name → id index that the
 * dataset plugin builds (src/lib/modelIndex.ts), never from the full dataset.
 */
import React, {type KeyboardEvent, type ReactNode, useId, useMemo, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl, {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {suggestModels, type IndexEntry} from '@site/src/lib/modelIndex';
import styles from './styles.module.css';

export interface ModelAskProps {
  models: readonly IndexEntry[];
}

export default function ModelAsk({models}: ModelAskProps): ReactNode {
  const uid = useId().replace(/:/g, '');
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  const explorer = useBaseUrl('/models/');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => suggestModels(query, models), [query, models]);
  const listId = `${uid}-suggestions`;
  const optionId = (i: number) => `${uid}-option-${i}`;
  const expanded = open && suggestions.length > 0;

  const go = (entry: IndexEntry) => {
    setOpen(false);
    history.push(withBaseUrl(`/models/${entry.id}/`));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (suggestions.length === 0 ? -1 : (i + 1) % suggestions.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (suggestions.length === 0 ? -1 : (i <= 0 ? suggestions.length : i) - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form
      className={styles.ask}
      action={explorer}
      method="get"
      role="search"
      aria-label={translate({id: 'home.ask.form', message: 'Look up a model'})}
      onSubmit={(e) => {
        // With JavaScript, Enter opens the highlighted suggestion (or the first one) directly.
        const pick = suggestions[active] ?? suggestions[0];
        if (pick) {
          e.preventDefault();
          go(pick);
        }
      }}
    >
      <label className={styles.sentence} htmlFor={`${uid}-q`}>
        <span aria-hidden="true">Is</span>
        <span className="sr-only">Is which model open source? Type a model name</span>
      </label>
      <div className={styles.combo}>
        <input
          id={`${uid}-q`}
          name="q"
          type="text"
          className={styles.input}
          placeholder="Llama"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          className={styles.list}
          hidden={!expanded}
          aria-label="Suggested models"
        >
          {suggestions.map((entry, i) => (
            <li
              key={entry.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                go(entry);
              }}
            >
              <span className={styles.name}>{entry.name}</span>{' '}
              <span className={styles.org}>{entry.organization}</span>
            </li>
          ))}
        </ul>
      </div>
      <span className={styles.sentence} aria-hidden="true">
        open source?
      </span>
      <button type="submit" className="button button--primary">
        {translate({id: 'home.ask.submit', message: 'Check'})}
      </button>
      <p className={styles.status} aria-live="polite">
        {open && query.trim() !== ''
          ? suggestions.length === 0
            ? 'No model matches; Check opens the model explorer.'
            : `${suggestions.length} ${suggestions.length === 1 ? 'model matches' : 'models match'}; use the arrow keys to choose.`
          : ''}
      </p>
    </form>
  );
}
