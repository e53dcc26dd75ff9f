/** What only lesson pages need on top of the site script: knowledge checks, code copy buttons and exercises. */
import { initCodeCopy } from './code-copy';
import { initExercises } from './exercises';
import { initKnowledgeChecks } from './knowledge-checks';

initKnowledgeChecks();
initCodeCopy();
initExercises();
