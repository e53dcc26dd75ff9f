/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 *
 * Also holds the sources of the legacy lesson on Umbraco 7 (traditional and flexible load
 * balancing), which was written together with the operations lessons.
 */
import type { Source } from '../source-catalogue';
import { cmsRepo as cms, cmsThread as thread, docsRepo as docs, pinned as file } from '../source-builders';

const k8s = 'kubernetes/website';

/** A page of the Kubernetes docs, linked on kubernetes.io (source in kubernetes/website). */
const kube = (id: string, title: string, page: string): Source => ({
	id,
	title,
	repo: k8s,
	path: `content/en/docs/${page}.md`,
	url: `https://kubernetes.io/docs/${page}/`,
});

export const sources: readonly Source[] = [
	// Umbraco 7 before 7.3: distributed calls over HTTP.
	file('SRC-WSMESSENGER7', 'Umbraco 7 source: WebServiceServerMessenger (distributed calls to every listed server, request waits for all)', cms, 'src/Umbraco.Core/Sync/WebServiceServerMessenger.cs', '06574b8b4079c2d473d3832e702e41ba2d115745'),
	file('SRC-WEBBOOT7', 'Umbraco 7 source: WebBootManager (distributedCall enabled selects the web-service messenger, else the database messenger)', cms, 'src/Umbraco.Web/WebBootManager.cs', 'v7/dev'),

	// Unattended upgrades and health probes in 17.3+.
	thread('PR-22020', 'pull', 22020, 'Umbraco-CMS PR #22020: unattended upgrades run in the background, liveness and readiness probes (17.3)'),

	// Machine identity.
	file('SRC-MACHINEINFO17', 'Umbraco 17 source: MachineInfoFactory before 17.6 (machine name, plus "/SiteName" when set)', cms, 'src/Umbraco.Core/Factories/MachineInfoFactory.cs', '035c690109c5f404a1998419610e7a99456e6e2c'),
	file('SRC-MACHINEIDPROVIDER', 'Umbraco source: IMachineIdentityProvider (first non-null identifier wins, SiteName appended afterwards)', cms, 'src/Umbraco.Core/Factories/IMachineIdentityProvider.cs', 'c7f95af272f8e51d38c27216004f3cb4d1e27111'),
	file('D18-ADV-2026', 'Umbraco 18 docs: flexible load balancing, advanced (custom machine identity providers)', docs, '18/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/flexible-advanced.md', 'a8b316004c6a1c211ac71fe74d3e9c15a5a9ca88'),
	thread('PR-22257', 'pull', 22257, 'Umbraco-CMS PR #22257: SiteName appended to the machine identifier for several instances on one host'),

	// Kubernetes: probes and stable pod identity.
	kube('K8S-PROBES', 'Kubernetes docs: liveness, readiness and startup probes', 'concepts/configuration/liveness-readiness-startup-probes'),
	kube('K8S-PODHOSTNAME', 'Kubernetes docs: pod hostname (derived from metadata.name)', 'concepts/workloads/pods/pod-hostname'),
	kube('K8S-STATEFULSET', 'Kubernetes docs: StatefulSets (a sticky identity per pod)', 'concepts/workloads/controllers/statefulset'),
	kube('K8S-HEADLESS', 'Kubernetes docs: Services (a headless Service, clusterIP None, resolves to the addresses of its pods)', 'concepts/services-networking/service'),
	kube('K8S-DOWNWARD', 'Kubernetes docs: expose pod information to containers through environment variables', 'tasks/inject-data-application/environment-variable-expose-pod-information'),
];
