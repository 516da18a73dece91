/**
 * URLs of the sources cited only from the guide's pages (<Cite>), the chooser and price presets,
 * by id; the sources that data records cite are in ./urls-data.ts. Together the two maps hold the
 * URL of every record in this folder, once: `satisfies` makes a record without a URL, or a URL
 * without a record, fail typechecking.
 */
import type {SourceId} from './index';
import {DATA_SOURCE_URLS} from './urls-data';

const PAGE_SOURCE_URLS = {
  'a16z-state-of-ai-2025': 'https://a16z.com/state-of-ai/',
  'aiwiki-gpt-4o': 'https://aiwiki.ai/wiki/gpt-4o',
  'aiwiki-gpt-5': 'https://aiwiki.ai/wiki/gpt-5',
  'alansalomon-gpt-2': 'https://www.alansalomon.ai/ai-museum/gpt-2',
  'anthropic-api-pricing': 'https://www.anthropic.com/pricing#api',
  'artificialanalysis-gpt-oss-120b': 'https://artificialanalysis.ai/models/gpt-oss-120b-low/providers',
  'businesstoday-musk-openai-2023':
    'https://www.businesstoday.in/technology/story/elon-musk-slams-microsoft-for-controlling-chatgpts-parent-company-says-openai-was-never-about-profits-370753-2023-02-19',
  'centerconsulting-openai-microsoft-2019':
    'https://www.centerconsulting.com/ai-library/milestones/2019-openai-lp-microsoft',
  'cerebras-gpt-oss': 'https://inference-docs.cerebras.ai/models/openai-oss',
  'cerebras-pricing': 'https://www.cerebras.ai/pricing#pricing',
  'chatgpt-data-controls-2023':
    'https://www.financialexpress.com/life/technology-dont-want-chatgpt-to-save-your-chat-history-openai-finally-gives-you-option-to-turn-it-off-3063506/',
  'choosealicense-no-permission': 'https://choosealicense.com/no-permission/',
  'claude-probsee': 'https://probsee.com/p/Claude_chatbot',
  'convly-cost-gap-2026': 'https://convly.ai/it/open-vs-closed-ai-cost-gap-2026/',
  'deepseek-model-license': 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
  'devclubhouse-chatgpt': 'https://www.devclubhouse.com/models/chatgpt',
  'elegant-musk-verdict':
    'https://www.elegantsoftwaresolutions.com/blog/altman-musk-verdict-all-claims-dismissed',
  'epoch-open-closed-gap': 'https://epoch.ai/data-insights/open-closed-eci-gap',
  'eu-ai-act': 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  'eu-osai-index': 'https://osai-index.eu/',
  'eu-osai-index-criteria':
    'https://github.com/Language-Technology-Assessment/main-database/blob/5a388e871b88735e7ab7e6fb230b76c9d460d99a/_parameters-descriptions.yml',
  'falcon-40b-apache-commit':
    'https://huggingface.co/tiiuae/falcon-40b/commit/337bddbcdfdbc120a08bbd6ddcf53a4c5385943c',
  'fmti-paper-2023': 'https://arxiv.org/abs/2310.12941',
  'fmti-site': 'https://crfm.stanford.edu/fmti/',
  'friendlywiki-stable-diffusion': 'https://friendlywiki.com/article/index.php?title=Stable_Diffusion',
  'gemini-api-pricing': 'https://ai.google.dev/gemini-api/docs/pricing',
  'gemma-4-apache-report': 'https://www.opcnew.com/zh/google-deepmind-gemma-4-open-model-release',
  'gemma-prohibited-use': 'https://ai.google.dev/gemma/prohibited_use_policy',
  'genai-prices': 'https://www.npmjs.com/package/@pydantic/genai-prices/v/0.1.8',
  'ggml-gpt-oss-20b-gguf': 'https://huggingface.co/ggml-org/gpt-oss-20b-GGUF',
  'gnu-agpl-3': 'https://www.gnu.org/licenses/agpl-3.0.html',
  'gnu-free-sw-vs-open-source': 'https://www.gnu.org/philosophy/open-source-misses-the-point.html',
  'gnu-gpl-3': 'https://www.gnu.org/licenses/gpl-3.0.html',
  'gnu-lgpl-3': 'https://www.gnu.org/licenses/lgpl-3.0.html',
  'gpt-oss-20b-hf': 'https://huggingface.co/openai/gpt-oss-20b',
  'gpt-oss-benchmarks-accenture':
    'https://sdk.airefinery.accenture.com/distiller/model_catalog/LLMs/openai/gpt-oss-120b',
  'gpt-oss-cookbook-vllm': 'https://cookbook.openai.com/articles/gpt-oss/run-vllm',
  'gpt-oss-independent-eval': 'https://arxiv.org/abs/2508.12461',
  'gpt-oss-text-only-omeganext':
    'https://news.omeganext.com/en/article/2025-08-05-openai-launches-first-open-weight-llms-since-gpt-2-with-gpt-oss',
  'grok-1-blog': 'https://x.ai/blog/grok-os',
  'groq-models-docs': 'https://console.groq.com/docs/models',
  'hf-eu-ai-act-oss-guide': 'https://huggingface.co/blog/eu-ai-act-for-oss-developers',
  'holter-openrouter-study-summary':
    'https://adam.holter.com/openrouters-100-trillion-token-study-the-real-state-of-ai-usage-in-2025/',
  'ibm-open-source-ai': 'https://www.ibm.com/think/topics/open-source-ai',
  'informationweek-openai-founding':
    'https://www.informationweek.com/machine-learning-ai/elon-musk-co-chairs-openai-a-nonprofit-ai-research-firm',
  'jasperplatz-future-open-models': 'https://www.jasperplatz.com/post/the-future-of-open-models',
  'keeprouter-gpt-oss-120b': 'https://keeprouter.com/models/gpt-oss-120b',
  'lesswrong-open-models-behind':
    'https://www.lesswrong.com/posts/rJcCrXyEsJKmmDpWG/how-far-behind-are-open-models',
  'libertycaller-musk-verdict': 'https://libertycaller.com/openai-triumphs-over-musks-legal-push/',
  'liesenfeld-dingemanse-2024': 'https://doi.org/10.1145/3630106.3659005',
  'liquisearch-osd-history': 'https://www.liquisearch.com/open-source_software/the_open_source_definition',
  'llama-4-acceptable-use-policy': 'https://www.llama.com/llama4/use-policy/',
  'llama1-leak-aitldr': 'https://ai-tldr.dev/models/llama-1/',
  'llama2-repo': 'https://github.com/meta-llama/llama',
  'llamacpp-server-readme': 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
  'llamacpp-start-alansalomon': 'https://www.alansalomon.ai/ai-museum/llama',
  'marketbusinessnews-openai-founding':
    'https://marketbusinessnews.com/musk-and-altman-back-non-profit-ai-research-company-called-openai/115514/',
  'meta-avocado-closed-report':
    'https://cms.article-factory.ai/news-post/meta-develops-new-ai-model-avocado-as-it-moves-toward-closedsource-strategy',
  'mistral-api-pricing': 'https://mistral.ai/pricing/api',
  'mistral-large-2-mrl': 'https://ollama.com/library/mistral-large:123b-instruct-2411-q5_0',
  'mistral-medium-3-aiwiki': 'https://aiwiki.ai/wiki/mistral_medium_3',
  'mment-open-vs-closed': 'https://mment.co/open-vs-closed-models',
  'mof-paper': 'https://arxiv.org/abs/2403.13784',
  'mof-tool-repo': 'https://github.com/lfai/model_openness_tool',
  'mot-beta-announcement':
    'https://lfaidata.foundation/blog/2024/06/25/lf-ai-data-releases-beta-version-of-model-openness-tool-for-mof-application',
  'mungomash-chatgpt-versions': 'https://mungomash.com/ai/chatgpt/versions/',
  'nasdaq-openai-restructure':
    'https://www.nasdaq.com/articles/microsoft-openai-agree-new-profit-deal-openai-completes-restructure',
  'newsbytes-musk-lawsuit':
    'https://www.newsbytesapp.com/news/business/elon-musk-is-now-in-a-legal-tussle-in-us/story',
  'ollama-history-locara': 'https://locara.dev/docs/notes/ollama',
  'open-assistant-completed':
    'https://projects.laion.ai/Open-Assistant/blog/2023/10/25/open-assistant-is-completed',
  'open-assistant-repo': 'https://github.com/LAION-AI/Open-Assistant',
  'openai-api-pricing': 'https://developers.openai.com/api/docs/pricing',
  'openai-bugcrowd': 'https://bugcrowd.com/openai',
  'openai-cvd-policy': 'https://openai.com/policies/coordinated-vulnerability-disclosure-policy/',
  'openai-gym-repo': 'https://github.com/openai/gym',
  'openai-harmony-repo': 'https://github.com/openai/harmony',
  'openai-lp': 'https://openai.com/index/openai-lp/',
  'openai-point-e-repo': 'https://github.com/openai/point-e',
  'openai-shap-e-repo': 'https://github.com/openai/shap-e',
  'openai-tiktoken-repo': 'https://github.com/openai/tiktoken',
  'opennmt-paper': 'https://arxiv.org/abs/1701.02810',
  'openrouter-models': 'https://openrouter.ai/models',
  'opentransformers-claude': 'https://wiki.opentransformers.online/Claude_(AI)',
  'osi-apache-2': 'https://opensource.org/license/apache-2-0',
  'osi-gpl-2': 'https://opensource.org/license/gpl-2-0',
  'osi-open-weights': 'https://opensource.org/ai/open-weights',
  'osi-osaid': 'https://opensource.org/ai/open-source-ai-definition',
  'osi-osaid-2024-review':
    'https://opensource.org/blog/2024-end-of-year-review-open-source-ai-definition-v1-0',
  'osi-osaid-faq': 'https://hackmd.io/@opensourceinitiative/osaid-faq',
  'osi-osaid-press-release':
    'https://nativo.ventures/2024/10/28/the-open-source-initiative-announces-the-release-of-the-industrys-first-open-source-ai-definition/',
  'osi-osaid-rc1': 'https://hackmd.io/@opensourceinitiative/osaid-1-0-RC1',
  'osi-osd': 'https://opensource.org/osd',
  'p2p-open-weights': 'https://wiki.p2pfoundation.net/index.php?title=Open_Weights',
  'particle-gpt-oss-first-since-gpt2':
    'https://particle.news/story/openai-unveils-first-open-weight-models-since-gpt-2-run-on-common-hardware',
  'price-gpt-4o': 'https://chatgptpricing-akr.pages.dev/api-pricing',
  'price-gpt-5':
    'https://artificial-intelligence-wiki.com/generative-ai/large-language-models/gpt-5-complete-guide',
  'price-gpt-5-4': 'https://www.morphllm.com/openai-api-pricing',
  'price-gpt-5-mini': 'https://github.com/benbencodes/llm-prices/releases/tag/v0.1.25',
  'price-openai-2026-explained': 'https://nicolalazzari.ai/articles/openai-api-pricing-explained-2026',
  'qwen2-72b-license-thread': 'https://huggingface.co/Qwen/Qwen2-72B/discussions/1',
  'qwen25-tech-report': 'https://arxiv.org/abs/2412.15115',
  'ssbcrack-gpt-oss-launch':
    'https://news.ssbcrack.com/openai-launches-two-open-weight-ai-reasoning-models-for-developers',
  'techtarget-openai-bug-bounty':
    'https://techtarget.com/searchsecurity/news/365535122/OpenAI-launches-bug-bounty-program-with-Bugcrowd',
  'therouter-gpt-oss-120b': 'https://therouter.ai/models/openai--gpt-oss-120b',
  'tokenmix-gpt-5-5': 'https://tokenmix.ai/blog/gpt-5-5-release-date-spud',
  'transformers-gpt-oss-docs': 'https://huggingface.co/docs/transformers/model_doc/gpt_oss',
  'triton-repo': 'https://github.com/triton-lang/triton',
  'tunguz-open-models-ecosystem': 'https://tomtunguz.com/the-thriving-ecosystem-of-open-models/',
  'usaemall-openai-restructure':
    'https://usaemall.com/openai-completes-restructure-solidifying-microsoft-as-a-serious-shareholder-usaemall-com',
  'vllm-quickstart': 'https://docs.vllm.ai/en/latest/getting_started/quickstart.html',
  'voicebot-musk-openai-2023': 'https://voicebot.ai/2023/02/21/elon-musk-renounces-openai-over-chatgpt',
  'yourstory-gpt-oss-release': 'https://yourstory.com/ai-story/openai-gpt-oss-120b-20b-models-release',
  'zeniteq-bard-gemini': 'https://www.zeniteq.com/blog/google-renamed-bard-to-gemini',
} as const;

export const SOURCE_URLS = {...DATA_SOURCE_URLS, ...PAGE_SOURCE_URLS} satisfies Record<SourceId, string>;
