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

/** The sources the chooser's rules cite, resolved by the dataset plugin (createData). */
declare module '@generated/site-dataset/default/chooser-sources.json' {
  const sources: Record<string, import('../components/Chooser/sources').SourceLink>;
  export default sources;
}

/** The dataset plugin's model-table row facts (createData); see src/lib/modelTableIndex.ts. */
declare module '@generated/site-dataset/default/model-table.json' {
  const index: import('../lib/modelTableIndex').ModelTableIndex;
  export default index;
}

/** mark.js, aliased by src/plugins/search/index.ts for ./lazyMark.ts (the plugin's dependency). */
declare module 'site-search-mark' {
  const Mark: new (context: Element) => {
    mark: (keywords: string | string[], options?: Record<string, unknown>) => void;
    unmark: (options?: Record<string, unknown>) => void;
  };
  export default Mark;
}

/** The resolved records the browser reads (createData in src/plugins/dataset); see src/lib/catalogClient.ts. */
declare module '@generated/site-dataset/default/catalog-client.json' {
  const data: import('../lib/catalogClient').CatalogClientData;
  export default data;
}

/** Every source record, for the Sources page in the browser (createData); see src/lib/sourcesClient.ts. */
declare module '@generated/site-dataset/default/sources-client.json' {
  const sources: import('../domain/types').Source[];
  export default sources;
}
