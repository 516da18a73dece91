/** The Llama family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'llama',
  name: 'Llama',
  summary:
    'Meta’s line of large language models; every generation has shipped its weights (the first only to approved researchers) under a license Meta wrote itself.',
  sources: [
    {
      id: 'bedrock-models-supported',
      title: 'Supported foundation models in Amazon Bedrock',
      publisher: 'Amazon Web Services',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
      asOf: '2026',
      kind: 'primary',
      topic: 'economics',
    },
    {
      id: 'llama-3-herd-paper',
      title: 'The Llama 3 Herd of Models',
      publisher: 'Meta (arXiv 2407.21783)',
      url: 'https://arxiv.org/abs/2407.21783',
      published: '2024-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'llama-3-2-models-readme',
      title:
        'meta-llama/llama-models README at the Llama 3.2 release (commit 8d29d93): model table and download steps',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama-models/blob/8d29d93fa5700a60532e0061a02ffa89d0acd3fc/README.md',
      published: '2024-09-25',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
