/** The dataset plugin's home-page index (src/plugins/dataset, createData); see src/lib/modelIndex.ts. */
declare module '@generated/site-dataset/default/model-index.json' {
  const index: import('../lib/modelIndex').ModelIndex;
  export default index;
}
