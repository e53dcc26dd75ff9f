/** What only lesson pages need on top of the site script: knowledge checks and code copy buttons. */
import { initCodeCopy } from './code-copy';
import { initKnowledgeChecks } from './knowledge-checks';

initKnowledgeChecks();
initCodeCopy();
