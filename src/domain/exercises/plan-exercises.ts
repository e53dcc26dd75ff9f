/**
 * Planner exercises: a starting design that is wrong in an instructive way, and the goal that
 * says when it is repaired. The planner opens one with `/planner/?exercise=<id>`.
 */
import type { PlanInput } from '../plan/schema';
import { findPreset } from '../presets/index';
import type { PlanGoal } from './plan-goal';
import type { ExerciseText } from './types';

export interface PlanExercise extends ExerciseText {
	readonly tool: 'planner';
	readonly start: PlanInput;
	readonly check: PlanGoal;
}

function preset(id: string): PlanInput {
	const found = findPreset(id);
	if (!found) throw new Error(`plan exercise: no preset "${id}"`);
	return found.plan;
}

const v13Share = preset('v13-central-share');
const v16Containers = preset('v16-containers');
const engageV13 = preset('engage-v13');

export const planExercises: readonly PlanExercise[] = [
	{
		id: 'repair-shared-temp',
		tool: 'planner',
		lesson: 'temp-and-examine-indexes',
		title: 'Repair the farm that shares its TEMP folder',
		task: 'An Umbraco 13.5.2 farm runs from one central share, with every server keeping its temp files and Examine indexes in the site folder and no roles pinned. Repair the design until it has no errors and the election warnings are gone.',
		goal: 'No errors for 13.5.2, R15 and R20 gone, still three servers on 13.5.2.',
		hints: [
			'Open the findings list: each error names the server it concerns.',
			'Temp files belong on each machine’s own disk: look at the per-server settings for the temp location and the Examine directory factory.',
			'The election warnings go away when every server has a pinned role and the plan has an application URL.',
		],
		solution: [
			'On every server set the temp location to EnvironmentTemp and the Examine directory factory to the temp-only factory (TempFileSystemDirectoryFactory).',
			'Pin Admin as SchedulingPublisher and Web 1 and Web 2 as Subscribers (the fix button “Pin the roles” does it in one edit).',
			'Set the application URL to https://www.example.com.',
		],
		start: preset('repair-v13-election-shared-temp'),
		check: { gone: ['R15', 'R20'], keepVersion: '13.5.2', minInstances: 3 },
	},
	{
		id: 'share-the-keys',
		tool: 'planner',
		lesson: 'machine-keys-and-data-protection',
		title: 'Give the farm one key ring',
		task: 'This Umbraco 13 farm was set up server by server, and each server generates its own Data Protection keys. Make every server use the same key ring.',
		goal: 'No errors for 13.5.2, R26 gone, still four servers.',
		hints: [
			'A login cookie written by one server must be readable by the next one the load balancer picks.',
			'Look at the plan’s key settings: are the keys shared, and where are they stored?',
		],
		solution: ['Under keys, mark the Data Protection keys as shared and pick a store every server reaches: the file share, Blob storage, Redis or the database.'],
		start: { ...v13Share, name: 'Umbraco 13 farm with a key ring per server', keys: { shared: false, store: 'config' } },
		check: { gone: ['R26'], keepVersion: '13.5.2', minInstances: 4 },
	},
	{
		id: 'repair-v8-azure',
		tool: 'planner',
		lesson: 'maindom-locks',
		title: 'Repair Umbraco 8.6 on Azure',
		task: 'An admin web app and a public app scaled out to two instances run Umbraco 8.6.2 with no MainDom settings and no shared machine key. Repair it without leaving Umbraco 8.',
		goal: 'No errors, R12 gone, still Umbraco 8 with three instances.',
		hints: [
			'One of the warnings is about the version itself: which 8.x release do the docs ask for before you load balance?',
			'From that release, one MainDom setting applies to every server on Azure.',
			'The machine key has to be the same in every web.config.',
		],
		solution: [
			'Change the version to 8.6.4 or later (8.18.8 is the last v8 release).',
			'Set the MainDom lock to SqlMainDomLock on both apps.',
			'Share one machine key between the apps.',
		],
		start: preset('repair-v8-azure-maindom'),
		check: { gone: ['R12'], keepVersion: { major: 8 }, minInstances: 3 },
	},
	{
		id: 'v8-safe-release',
		tool: 'planner',
		lesson: 'v8-master-replica',
		title: 'Pick a v8 release you may load balance',
		task: 'An admin server and three front-ends on IIS run Umbraco 8.5.5 from a central share. The team cannot move to v9 this year. Change the design so the docs’ warning about early v8 releases no longer applies.',
		goal: 'R12 gone, no errors, still Umbraco 8 with four instances.',
		hints: ['The v8 docs name the first release they consider safe to load balance.', 'The fix is in the plan’s own fields, not on a server.'],
		solution: ['Set the Umbraco version to 8.6.4 or any later 8.x release, such as 8.18.8.'],
		start: { ...v13Share, name: 'Umbraco 8.5 farm', umbraco: '8.5.5', keys: { shared: true, store: 'config' }, files: { strategy: 'central-share', media: 'site-folder' } },
		check: { gone: ['R12'], keepVersion: { major: 8 }, minInstances: 4 },
	},
	{
		id: 'probe-and-identity',
		tool: 'planner',
		lesson: 'health-probes-and-machine-identity',
		title: 'Stop the cold boots and the traffic to booting nodes',
		task: 'An Umbraco 17.5 container farm rebuilds its indexes after every restart, and the load balancer sends requests to nodes that are still booting. Fix both in the design.',
		goal: 'R73 and R74 gone, no errors, still containers.',
		hints: [
			'A container gets a new machine name on every start. What does Umbraco use to recognise itself?',
			'17.3 added endpoints made for a load balancer to probe.',
			'MachineIdentifier only exists from 17.6: the version matters too.',
		],
		solution: [
			'Upgrade to 17.6 or later and give every server a stable machine identifier (for a scaled-out server, "{instance}" in the value numbers the instances).',
			'Set the load balancer’s health check path to /umbraco/api/health/ready.',
		],
		start: { ...v16Containers, name: 'Umbraco 17.5 containers', umbraco: '17.5.0', loadBalancer: { ...v16Containers.loadBalancer, healthCheckPath: '/' } },
		check: { gone: ['R73', 'R74'], keepVersion: { major: 17 }, minInstances: 4, keep: [{ path: 'hosting', value: 'containers', why: 'Keep the containers: the exercise is about them.' }] },
	},
	{
		id: 'repair-v17-backplane',
		tool: 'planner',
		lesson: 'signalr-and-sticky-sessions',
		title: 'Repair the load-balanced backoffice',
		task: 'Three Umbraco 17 nodes behind nginx all serve the backoffice, with no sticky sessions, no SignalR backplane, election instead of pinned roles and uploads on each node. Repair it and keep the backoffice load balanced.',
		goal: 'No errors, still a load-balanced backoffice on three nodes.',
		hints: [
			'Every node of a load-balanced backoffice is a SchedulingPublisher.',
			'SignalR messages raised on one node must reach editors on the others: that needs a backplane all nodes share.',
			'Temporary uploads must land where every node can read them.',
		],
		solution: [
			'Pin every node as SchedulingPublisher and call LoadBalanceIsolatedCaches() (the fix buttons do both).',
			'Give SignalR a way across the nodes: sticky sessions at the load balancer with a Redis backplane, or Azure SignalR Service.',
			'Point the temporary file upload location at shared storage.',
		],
		start: preset('repair-v17-lb-backoffice-no-backplane'),
		check: { keepVersion: { major: 17 }, minInstances: 3, keep: [{ path: 'backoffice.mode', value: 'load-balanced', why: 'Keep the backoffice load balanced: the exercise is about that option.' }] },
	},
	{
		id: 'engage-repair',
		tool: 'planner',
		lesson: 'engage-cm-cd',
		title: 'Repair an Engage CM/CD farm',
		task: 'On this Umbraco 13 farm with Engage, the load balancer spreads visitors across the CD servers without affinity and the ping path is blocked. Repair it.',
		goal: 'No errors, R57 and R58 gone, Engage still on 13.5.2.',
		hints: ['Engage keeps a visitor’s page view data on the server that served it.', 'Browsers report page-view data back to the CD servers with a POST.'],
		solution: ['Turn on sticky sessions (cookie affinity) at the load balancer.', 'Let POST umbraco/engage/pagedata/ping reach the CD servers.'],
		start: {
			...engageV13,
			name: 'Engage 13 CM/CD to repair',
			loadBalancer: { ...engageV13.loadBalancer, stickySessions: 'none' },
			engage: { cmServer: 'cm', ...engageV13.engage, pingReachable: false },
		},
		check: { gone: ['R57', 'R58'], keepVersion: '13.5.2', minInstances: 3 },
	},
];
