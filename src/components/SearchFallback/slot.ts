/**
 * Lets the search results page (src/theme/SearchPage) put content inside the <main> that the
 * Layout wrapper (src/theme/Layout) adds around the plugin's results page. Tiny on purpose: Layout
 * is on every page, so it imports only this context, never the fallback itself.
 */
import {createContext, type ReactNode} from 'react';

export const SearchPageSlot = createContext<ReactNode>(null);
