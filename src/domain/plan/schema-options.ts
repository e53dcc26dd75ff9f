/**
 * Plan file v1: optional parts added in 2026 (17.4–18.3). A plan without them means what it
 * meant before; generators and rules treat a missing part as "nothing stated".
 */
import { z } from 'zod';
import { connectionStringName, seconds } from './schema-fields';

export const PlatformSchema = z.strictObject({
	os: z.enum(['windows', 'linux']).optional().describe('Operating system of the servers: IIS is Windows; containers and Azure App Service can be either'),
});

export const WebRoutingSchema = z.strictObject({
	applicationUrlDetection: z.enum(['none', 'first-request', 'every-request']).optional().describe('Umbraco:CMS:WebRouting:ApplicationUrlDetection (17.4+): None (the default), FirstRequest or EveryRequest'),
});

export const ConnectionStringsSchema = z
	.strictObject({
		mediaBlob: connectionStringName.optional().describe('Connection string of the Blob storage for media'),
		redis: connectionStringName.optional().describe('Connection string of Redis (distributed cache, SignalR backplane or keys)'),
		azureSignalR: connectionStringName.optional().describe('Connection string of Azure SignalR Service'),
		keyStore: connectionStringName.optional().describe('Connection string of the Data Protection key store'),
	})
	.describe('Names (not values) of the connection strings the generated files refer to');

export const DistributedJobsSchema = z
	.strictObject({
		periodSeconds: seconds(86_400).optional().describe('Umbraco:CMS:DistributedJobs:Period (default 5 s): how often each server looks for due jobs'),
		delaySeconds: seconds(86_400).optional().describe('Umbraco:CMS:DistributedJobs:Delay (default 60 s): wait after start'),
		maximumExecutionSeconds: seconds(86_400).optional().describe('Umbraco:CMS:DistributedJobs:MaximumExecutionTime (default 300 s)'),
	})
	.describe('Distributed background jobs (17+)');

export const ScheduledPublishingSchema = z
	.strictObject({
		periodSeconds: seconds(86_400).optional().describe('Umbraco:CMS:ScheduledPublishing:Period (17.6+, 18.1+; default 60 s)'),
		alignToClock: z.boolean().optional().describe('Umbraco:CMS:ScheduledPublishing:AlignToClock (17.6+, 18.1+; the period must divide an hour)'),
	})
	.describe('Scheduled publishing (17.6+, 18.1+)');
