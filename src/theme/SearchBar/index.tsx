// Wraps the search plugin's SearchBar to repair the ARIA its autocomplete widget writes at run time
// (axe fails it otherwise): the combobox input gets aria-controls (it only sets aria-owns), and the
// "see all results" link inside the listbox gets role=option; Tab no longer selects a result, and
// the box no longer takes focus back when its index arrives after the reader moved on
// (focusGuard.ts). Breaks if the plugin renames @theme/SearchBar or stops using role=combobox/listbox.
import React, {useEffect, useRef, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme-original/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {repairSearchAria} from './searchAria';
import {guardLateFocus} from './focusGuard';

type Props = WrapperProps<typeof SearchBarType>;

export default function SearchBarWrapper(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    repairSearchAria(root);
    const input = root.querySelector<HTMLInputElement>('input.navbar__search-input');
    const unguard = input ? guardLateFocus(input) : undefined;
    // autocomplete.js's Tab key selects the highlighted result and navigates away, so keyboard
    // users lose their place. Stop it seeing Tab; the browser then moves focus as usual.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab' && (event.target as Element | null)?.matches('input[role="combobox"]')) {
        event.stopPropagation();
      }
    };
    root.addEventListener('keydown', onKeyDown, true);
    const observer = new MutationObserver(() => repairSearchAria(root));
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-owns'],
    });
    return () => {
      observer.disconnect();
      root.removeEventListener('keydown', onKeyDown, true);
      unguard?.();
    };
  }, []);
  return (
    <div ref={ref} className="site-search">
      <SearchBar {...props} />
    </div>
  );
}
