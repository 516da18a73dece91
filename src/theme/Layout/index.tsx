// Wraps Layout to give the search plugin's results page a <main> landmark (it renders its content
// straight into Layout, and every other page here already has one), with the page's no-JavaScript
// fallback after the results. Breaks if the results page moves from <baseUrl>search/ or starts
// rendering its own <main>.
import React, {useContext, type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme-original/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {SearchPageSlot} from '@site/src/components/SearchFallback/slot';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const searchPath = useBaseUrl('/search/');
  // Filled only by the results page (src/theme/SearchPage): its no-JavaScript fallback.
  const slot = useContext(SearchPageSlot);
  if (pathname !== searchPath && pathname !== searchPath.replace(/\/$/, '')) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main className="site-search-page">
        {props.children}
        {slot}
      </main>
    </Layout>
  );
}
