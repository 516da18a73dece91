/** The dataset plugin's home-page index (src/plugins/dataset, createData); see src/lib/modelIndex.ts. */
declare module '@generated/site-dataset/default/model-index.json' {
  const index: import('../lib/modelIndex').ModelIndex;
  export default index;
}

/** The dataset plugin's version record (git commit and date; src/plugins/dataset/export.ts). */
declare module '@generated/site-dataset/default/dataset-version.json' {
  const version: import('../plugins/dataset/export').DatasetVersion;
  export default version;
}

/** The dataset plugin's openness-timeline points (createData); see src/lib/timeline.ts. */
declare module '@generated/site-dataset/default/timeline.json' {
  const data: import('../lib/timeline').TimelineData;
  export default data;
}

/** The dataset plugin's per-model facts for the chooser (createData); see src/lib/chooserModels.ts. */
declare module '@generated/site-dataset/default/chooser-models.json' {
  const facts: import('../lib/chooserModels').ChooserFacts;
  export default facts;
}

/** The dataset plugin's model-table row facts (createData); see src/lib/modelTableIndex.ts. */
declare module '@generated/site-dataset/default/model-table.json' {
  const index: import('../lib/modelTableIndex').ModelTableIndex;
  export default index;
}
