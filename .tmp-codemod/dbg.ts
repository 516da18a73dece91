import {publishedDatasetSchema, buildDatasetJson} from '../src/plugins/dataset/export';
import {models, tools} from '../src/data/models';
import {licenses, getLicense} from '../src/data/licenses';
const d = buildDatasetJson({models, licenses, tools, getLicense}, {title: 't', homepage: 'https://x.org/', schemaUrl: 'https://x.org/s', license: 'x', version: {commit: null, date: null} as never, pageUrl: (id: string) => 'https://x.org/' + id});
const r = publishedDatasetSchema.safeParse(d);
if (!r.success) console.log(r.error.issues.slice(0, 5));
