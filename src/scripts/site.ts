/**
 * The one script every page loads: small enhancements on top of pages that already work
 * without it. Each part looks for its own markers and does nothing when they are absent.
 * Lesson-only parts (knowledge checks, code copy buttons) are in `lesson.ts`.
 */
import { initProgress } from './progress-ui';
import { initSiteHeader } from './site-header';
import { initTooltips } from './tooltips';
import { addTrailingSlash } from './trailing-slash';
import { initVersionSwitcher } from './version-switcher';

addTrailingSlash();
initSiteHeader();
initVersionSwitcher();
initProgress();
initTooltips();
