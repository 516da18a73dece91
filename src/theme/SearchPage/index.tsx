// Wraps the search plugin's results page to give it a meta description (it ships none, and every
// page of this site must have one) and a no-JavaScript fallback, placed inside the page's <main> by
// the Layout wrapper. Breaks if the plugin renames its @theme/SearchPage component.
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import SearchPage from '@theme-original/SearchPage';
import type SearchPageType from '@theme-original/SearchPage';
import type {WrapperProps} from '@docusaurus/types';
import SearchFallback from '@site/src/components/SearchFallback';
import {SearchPageSlot} from '@site/src/components/SearchFallback/slot';

type Props = WrapperProps<typeof SearchPageType>;

export default function SearchPageWrapper(props: Props): ReactNode {
  const description = translate({
    id: 'searchPage.description',
    message:
      'Search the field guide to open and closed AI: every page and section, offline, with results linked to the exact heading.',
  });
  return (
    <>
      <Head>
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
      <SearchPageSlot.Provider value={<SearchFallback />}>
        <SearchPage {...props} />
      </SearchPageSlot.Provider>
    </>
  );
}
