/**
 * Local plugin for the license section (issue #24 §5), over the terms library in src/data/terms/
 * (validated with the other data by the dataset plugin's `dataProblems`):
 *  - contentLoaded: adds /licenses/ (the matrix of every document against the clause topics,
 *    src/components/LicensesPage) and one page per document at /licenses/<id>/
 *    (src/components/DocumentPage), with props computed here by src/lib/licensesPages.ts, and
 *    writes the matrix's rows to @generated/site-terms/default/licenses-matrix.json: the page
 *    renders them into its static HTML from that module, which the browser loads only after a
 *    client-side navigation (a <StaticIsland>), so the page's own JavaScript carries no row.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {DOCUMENTS, channelsFor, isUnread} from '../../data/terms';
import {CHANNELS} from '../../data/terms/channels';
import {makerList, models} from '../../data/models';
import {getLicense} from '../../data/licenses';
import type {ResolvedDocument} from '../../domain/terms';
import {
  LICENSES_ROUTE,
  documentPageProps,
  licensesPageProps,
  matrixRows,
  type DocumentInput,
  type DocumentPageProps,
  type LicensesMatrixData,
  type LicensesPageProps,
} from '../../lib/licensesPages';

/** The file the matrix's rows are written to (see src/components/LicensesPage/generated.d.ts). */
export const MATRIX_DATA = 'licenses-matrix.json';

/** Everything the page builders read, from the records. */
export function termsInput(): DocumentInput {
  const makers = new Map(makerList.map((m) => [m.id, m.name]));
  const byId = new Map(models.map((m) => [m.id, m]));
  return {
    documents: DOCUMENTS,
    makerName: (id) => makers.get(id),
    unreadReason: (doc: ResolvedDocument) => (isUnread(doc) ? doc.unread : undefined),
    channels: CHANNELS,
    models,
    channelsOf: (id) => {
      const model = byId.get(id);
      const license = model && getLicense(model.license);
      if (!model || !license) throw new Error(`terms: model "${id}" or its license is unknown`);
      return channelsFor(model, license);
    },
  };
}

export default function termsPlugin(context: LoadContext): Plugin {
  const {baseUrl} = context;
  return {
    name: 'site-terms',

    async contentLoaded({actions}) {
      const input = termsInput();
      const rows = matrixRows(input);
      await actions.createData(MATRIX_DATA, JSON.stringify({rows} satisfies LicensesMatrixData));
      actions.addRoute({
        path: `${baseUrl}${LICENSES_ROUTE}/`,
        component: '@site/src/components/LicensesPage/index.tsx',
        exact: true,
        props: {...licensesPageProps(rows)} satisfies LicensesPageProps,
      });
      for (const doc of DOCUMENTS) {
        actions.addRoute({
          path: `${baseUrl}${LICENSES_ROUTE}/${doc.id}/`,
          component: '@site/src/components/DocumentPage/index.tsx',
          exact: true,
          props: {...documentPageProps(doc, input)} satisfies DocumentPageProps,
        });
      }
    },
  };
}
