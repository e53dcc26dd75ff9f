/**
 * Plan file v1: optional parts added in 2026 (17.4–18.3). A plan without them means what it
 * meant before; generators and rules treat a missing part as "nothing stated".
 */
import { connectionStringName, seconds } from './schema-fields';
import { described, opt, z } from './zod';

export const PlatformSchema = z.strictObject({
	os: opt(z.enum(['windows', 'linux']), 'Operating system of the servers: IIS is Windows; containers and Azure App Service can be either'),
});

export const WebRoutingSchema = z.strictObject({
	applicationUrlDetection: opt(z.enum(['none', 'first-request', 'every-request']), 'Umbraco:CMS:WebRouting:ApplicationUrlDetection (17.4+): None (the default), FirstRequest or EveryRequest'),
});

export const ConnectionStringsSchema = described(
	z.strictObject({
		mediaBlob: opt(connectionStringName, 'Connection string of the Blob storage for media'),
		redis: opt(connectionStringName, 'Connection string of Redis (distributed cache, SignalR backplane or keys)'),
		azureSignalR: opt(connectionStringName, 'Connection string of Azure SignalR Service'),
		keyStore: opt(connectionStringName, 'Connection string of the Data Protection key store'),
	}),
	'Names (not values) of the connection strings the generated files refer to'
);

export const DistributedJobsSchema = described(
	z.strictObject({
		periodSeconds: opt(seconds(86_400), 'Umbraco:CMS:DistributedJobs:Period (default 5 s): how often each server looks for due jobs'),
		delaySeconds: opt(seconds(86_400), 'Umbraco:CMS:DistributedJobs:Delay (default 60 s): wait after start'),
		maximumExecutionSeconds: opt(seconds(86_400), 'Umbraco:CMS:DistributedJobs:MaximumExecutionTime (default 300 s)'),
	}),
	'Distributed background jobs (17+)'
);

export const ScheduledPublishingSchema = described(
	z.strictObject({
		periodSeconds: opt(seconds(86_400), 'Umbraco:CMS:ScheduledPublishing:Period (17.6+, 18.1+; default 60 s)'),
		alignToClock: opt(z.boolean(), 'Umbraco:CMS:ScheduledPublishing:AlignToClock (17.6+, 18.1+; the period must divide an hour)'),
	}),
	'Scheduled publishing (17.6+, 18.1+)'
);
