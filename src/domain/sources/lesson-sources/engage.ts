/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 */
import type { Source } from '../source-catalogue';
import { docsPage as page } from '../source-builders';

export const sources: readonly Source[] = [
	page('E13-COCKPIT', 'Umbraco Engage 13 docs: the Cockpit (partial view, logged-in users only)', '13/umbraco-engage/getting-started/for-developers/cockpit.md', 'a77277594746b31adb5f91c094ec09c4d8bcce6f'),
	page('E16-COCKPIT', 'Umbraco Engage 16 docs: the Cockpit is injected automatically (EnableInjection)', '16/umbraco-engage/getting-started/for-developers/cockpit.md', '45c577dbc3b2d86962c4a9fdbc6b98cd5642e40a'),
	page('E13-CFG', 'Umbraco Engage 13 docs: configuration (default appsettings, DataProcessing)', '13/umbraco-engage/developers/settings/configuration.md', '0ac13b41d89c29b1549dcf986db67dafb0c2981d'),
	page('E13-STORAGE', 'Umbraco Engage 13 docs: data storage (page views held in memory, flushed to raw tables)', '13/umbraco-engage/developers/introduction/dataflow-pipeline/data-storage.md', '0ac13b41d89c29b1549dcf986db67dafb0c2981d'),
	page('E13-TROUBLESHOOT', 'Umbraco Engage 13 docs: troubleshooting installs (bot check, then POST to the ping)', '13/umbraco-engage/installation/troubleshooting-installs.md', '59c05d6b1b2bff70ba9dee0871fde96168f0f5af'),
	page('E16-UPG-PATHS', 'Umbraco Engage 16 docs: version-specific notes (16.0.0 client-side paths to allow through firewalls)', '16/umbraco-engage/upgrading/version-specific-upgrade-notes.md', 'main'),
	page('E18-LB', 'Umbraco Engage 18 docs: load balancing and CM/CD environments', '18/umbraco-engage/getting-started/for-developers/loadbalancing-and-cm-cd-environments.md', '30853c15e0b6e98875151dd09d5e354a72b782df'),
	page('D13-SECURITY', 'Umbraco 13 docs: security settings (AuthCookieDomain, AuthCookieName)', '13/umbraco-cms/reference/configuration/securitysettings.md', '158327c790c641e1b8dc86b007122fb53420aa6a'),
];
