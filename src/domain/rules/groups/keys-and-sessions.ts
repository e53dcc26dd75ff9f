/**
 * R24–R28 and R75: what every server must share to accept each other's cookies and sessions:
 * the machine key (v7/v8) or the Data Protection key ring (v9+), and a session store
 * (v7/v8, when sessions are used) or an IDistributedCache (v9+, always); and (R75) the
 * OpenID Connect signing keys, which that key ring does not cover.
 */
import { instanceCount, isMultiServer } from '../../plan/queries';
import { v14PlusBands, v8Bands, v9PlusBands, webConfigBands } from '../band-sets';
import type { Rule } from '../types';

// [V7-IDX] [V8-CFG]
const r24: Rule = {
	id: 'R24',
	severity: 'error',
	bands: webConfigBands,
	summary: 'Every server needs the same <machineKey> in web.config.',
	why: 'Authentication cookies, anti-forgery tokens and view state are encrypted and signed with the machine key; with different keys a request that lands on another server is rejected and users are logged out.',
	fix: 'Put one identical <machineKey> (decryptionKey, validationKey, validation, decryption) in system.web on every server.',
	sources: ['V7-IDX', 'V8-CFG'],
	certainty: 'documented',
	lesson: 'machine-keys-and-data-protection',
	check({ plan }) {
		return isMultiServer(plan) && !plan.keys.shared ? [{ path: 'keys.shared' }] : [];
	},
};

// [V8-CFG]: adding a machine key to a site that had none forces resetting every password.
const r25: Rule = {
	id: 'R25',
	severity: 'warning',
	bands: v8Bands,
	summary: 'Adding a machine key to a running v8 site forces resetting all user and member passwords.',
	why: 'The v8 docs warn that once a machine key is added to a site that ran without one, every backoffice user and member password has to be reset.',
	fix: 'Plan a password reset for users and members, or add the machine key at install time (the installer can generate one).',
	sources: ['V8-CFG'],
	certainty: 'documented',
	lesson: 'machine-keys-and-data-protection',
	check({ plan }) {
		return plan.keys.addedToExistingSite ? [{ path: 'keys.addedToExistingSite' }] : [];
	},
};

// [D13-README] [D17-README]
const r26: Rule = {
	id: 'R26',
	severity: 'error',
	bands: v9PlusBands,
	summary: 'Every server needs the same ASP.NET Core Data Protection key ring.',
	why: 'Authentication cookies and antiforgery tokens are protected with Data Protection keys; by default each server makes its own, so a request that lands on another server cannot read them.',
	fix: 'Persist the Data Protection key ring where every server reads it (a file share, Azure Blob storage, Redis or a database).',
	sources: ['D13-README', 'D17-README'],
	certainty: 'documented',
	lesson: 'machine-keys-and-data-protection',
	check({ plan }) {
		return isMultiServer(plan) && !plan.keys.shared ? [{ path: 'keys.shared' }] : [];
	},
};

// [V7-IDX] [V8-CFG]: SqlSessionStateStore (or another provider) when SessionState or TempData is used.
const r27: Rule = {
	id: 'R27',
	severity: 'warning',
	bands: webConfigBands,
	summary: 'Session state or TempData is used without a shared session store.',
	why: 'The default in-process session lives on one server; when the next request lands elsewhere the session and MVC TempData are gone.',
	fix: 'Use SqlSessionStateStore (or another shared provider) in web.config, or stop using session state and the default TempData provider.',
	sources: ['V7-IDX', 'V8-CFG'],
	certainty: 'documented',
	lesson: 'sessions-and-distributed-cache',
	check({ plan }) {
		return isMultiServer(plan) && plan.sessions.used && plan.sessions.store === 'none' ? [{ path: 'sessions.store' }] : [];
	},
};

// [D13-README] [D17-README]
const r28: Rule = {
	id: 'R28',
	severity: 'error',
	bands: v9PlusBands,
	summary: 'No distributed cache (IDistributedCache, e.g. DistributedSqlServerCache) is configured.',
	why: 'Load-balanced .NET Umbraco keeps session state and TempData in an IDistributedCache; without one they only exist on the server that created them.',
	fix: 'Register an IDistributedCache that every server shares, e.g. DistributedSqlServerCache or a Redis cache.',
	sources: ['D13-README', 'D17-README'],
	certainty: 'documented',
	lesson: 'sessions-and-distributed-cache',
	check({ plan }) {
		return isMultiServer(plan) && plan.sessions.store === 'none' ? [{ path: 'sessions.store' }] : [];
	},
};

// Issue #23896 (open, 17.6.2): OpenIddict signing and encryption keys are generated per node, so
// `/.well-known/jwks` differs between nodes. The registration dates from 14 (PR #14958): DERIVED for 14–16.
const r75: Rule = {
	id: 'R75',
	severity: 'warning',
	bands: v14PlusBands,
	summary: 'Umbraco as an OpenID Connect provider on several nodes: each node signs tokens with its own key.',
	why: 'Umbraco registers OpenIddict signing and encryption keys that each node generates for itself; the shared Data Protection key ring does not cover them. A client application that got a token from one node and reads the keys from another fails with "no valid key found in issuer\'s jwks_uri". Reported on 17.6.2 and still open; the same registration exists since 14 (whether 12–13, with OpenIddict only for Delivery API members, behave the same is UNVERIFIED).',
	fix: 'Until the issue is fixed, send all OpenID Connect traffic (the `/.well-known/` documents and the authorize and token requests) to one node, and follow issue #23896 for a supported way to share the keys.',
	sources: ['ISSUE-23896'],
	certainty: 'derived',
	lesson: 'machine-keys-and-data-protection',
	check({ plan }) {
		return plan.code.openIdConnectProvider && isMultiServer(plan)
			? [{ path: 'code.openIdConnectProvider', message: `Umbraco ${plan.umbraco} acts as an OpenID Connect provider on ${instanceCount(plan)} instances, each with its own signing key: tokens from one fail validation against the keys of another.` }]
			: [];
	},
};

/** R24–R28 and R75. */
export const keysAndSessionsRules: readonly Rule[] = [r24, r25, r26, r27, r28, r75];
