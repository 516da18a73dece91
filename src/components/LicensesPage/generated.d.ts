/** The matrix's rows, written by src/plugins/terms (createData); see src/lib/licensesPages.ts. */
declare module '@generated/site-terms/default/licenses-matrix.json' {
  const data: import('../../lib/licensesPages').LicensesMatrixData;
  export default data;
}
