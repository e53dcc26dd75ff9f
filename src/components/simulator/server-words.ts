/** Words and marks for a server's role and status, so colour is never the only signal. */
import type { ServerFrame } from '../../machines/playback/frame';
import type { Role } from '../../machines/versions/version-profile';

/** A shape per role, shown beside its official name. */
export const roleMarks: Readonly<Record<Role, string>> = { publisher: '★', single: '◆', subscriber: '●', unknown: '?' };

/** A server's status as a short phrase. */
export function statusText(server: Pick<ServerFrame, 'status' | 'live'>): string {
	switch (server.status) {
		case 'off':
			return 'Not started';
		case 'starting':
			return 'Booting';
		case 'waiting':
			return 'Recycling: new process waits for MainDom';
		case 'running':
			return 'Running';
		case 'failed':
			return server.live > 0 ? 'Boot failed' : 'Crashed';
		case 'stopped':
			return 'Stopped';
	}
}
