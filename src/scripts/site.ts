/**
 * The one script every page loads: small enhancements on top of pages that already work
 * without it. Each part looks for its own markers and does nothing when they are absent.
 */
import { initKnowledgeChecks } from './knowledge-checks';
import { initProgress } from './progress-ui';
import { initTooltips } from './tooltips';
import { initVersionSwitcher } from './version-switcher';

initVersionSwitcher();
initProgress();
initTooltips();
initKnowledgeChecks();
