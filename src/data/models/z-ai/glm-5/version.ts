/** GLM-5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const glm5Card = ev('glm-5-card', '2026-02');
const slime = ev('slime-repo', '2026-02');
const glm5Blog = ev('glm-5-blog', '2026-02');
const glm5License = ev('glm-5-license', '2026-02');
const glm5Api = ev('glm-5-api-docs', '2026-02');

export default defineVersion(maker, {
  id: 'glm-5',
  name: 'GLM-5',
  organization: 'Z.ai (Zhipu AI)',
  firstRelease: '2026-02-11',
  releaseSource: 'bedrock-glm-5',
  summary:
    "Z.ai's 744B mixture-of-experts model for coding and long agent tasks, the successor to GLM-4.7, under the MIT license.",
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 7.44e11, active: 4e10}],
    note: 'Pre-trained on 28.5T tokens, per the model card.',
    ...glm5Card,
  },
  license: 'MIT',
  access: ['weights', 'api', 'app'],
  howToGet:
    "Download from Hugging Face (zai-org/GLM-5), use Z.ai's API or chat.z.ai, or a cloud host such as Amazon Bedrock.",
  openness: {
    weights: open(glm5Card, 'Weights on Hugging Face under MIT, no gate.'),
    inferenceCode: open(glm5Card, 'Supported by open inference engines such as vLLM and SGLang.'),
    trainingCode: partial(
      slime,
      'The slime RL framework used in post-training is open; pre-training code is not.',
    ),
    trainingData: closed(glm5Card, 'Training data not released.'),
    dataDocumentation: closed(
      glm5Card,
      'The model card gives only the pre-training token count; a data section in a technical report is reported but was not checked here.',
    ),
    paper: partial(
      glm5Blog,
      'A technical blog gives architecture, size and training method in outline; we did not rate a full report.',
    ),
    modelCard: open(glm5Card, 'Hugging Face model card with architecture, benchmarks and deployment.'),
    license: open(glm5License, 'MIT, an OSI-approved license.'),
    api: open(glm5Api, "Available in Z.ai's API and through cloud hosts such as Amazon Bedrock."),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'bedrock-glm-5',
      title: 'GLM-5 model card in the Amazon Bedrock user guide',
      publisher: 'Amazon Web Services',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-zai-glm-5.html',
      published: '2026-11',
      kind: 'primary',
      topic: 'economics',
    },
    {
      id: 'glm-5-api-docs',
      title: 'GLM-5 guide in the Z.ai API docs',
      publisher: 'Z.ai developer docs',
      url: 'https://docs.z.ai/guides/llm/glm-5',
      published: '2026-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'glm-5-blog',
      title: 'GLM-5: announcement',
      publisher: 'Z.ai',
      url: 'https://z.ai/blog/glm-5',
      published: '2026-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'glm-5-card',
      title: 'GLM-5 model card',
      publisher: 'Z.ai on Hugging Face',
      url: 'https://huggingface.co/zai-org/GLM-5',
      published: '2026-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'glm-5-license',
      title: 'GLM-5 repository LICENSE',
      publisher: 'Z.ai on GitHub',
      url: 'https://github.com/zai-org/GLM-5/blob/main/LICENSE',
      published: '2026-02',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'slime-repo',
      title: 'THUDM/slime repository (RL training framework)',
      publisher: 'THUDM on GitHub',
      url: 'https://github.com/THUDM/slime',
      published: '2026-02',
      kind: 'primary',
      topic: 'tools',
    },
  ],
});
