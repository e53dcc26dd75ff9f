/**
 * Every edit the topology builder makes to a draft, in one place. Each is a pure function:
 * it never mutates its input and returns a new draft (or the same one when nothing
 * changes), never throws for a draft that type-checks, keeps the key order of existing
 * objects (new keys go last) and never writes a default the document did not have.
 */
export { setAt, type JsonPath } from './set-at';
export {
	addServer,
	defaultBehindLoadBalancer,
	duplicateServers,
	maxServers,
	moveServer,
	removeServers,
	setBehindLoadBalancer,
	setRoles,
	type AddServerOptions,
	type ServerKind,
	type ServerRole,
} from './edit-servers';
export {
	addEngage,
	addLoadBalancer,
	examplePublicHost,
	removeEngage,
	removeLoadBalancer,
	setDatabaseEngine,
	setFileStrategy,
	setKeyStore,
	setMediaStore,
	setSessionStore,
	setSignalR,
	setStickySessions,
	type DatabaseEngine,
	type FileStrategy,
	type KeyStore,
	type MediaStore,
	type SessionStore,
	type SignalRBackplane,
	type StickySessions,
} from './edit-parts';
