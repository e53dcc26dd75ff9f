/**
 * Records in this browser's progress that an exercise's goal was met (the planner's and the
 * simulator's exercise panels call it; the site script then ticks the exercise everywhere).
 */
import { markSolved, parseProgress, serializeProgress } from '../lib/progress';
import { storageKeys } from '../lib/storage-keys';
import { readStored, writeStored } from './storage';

export function recordSolved(id: string): void {
	const progress = parseProgress(readStored(storageKeys.progress));
	writeStored(storageKeys.progress, serializeProgress(markSolved(progress, id, new Date().toISOString())));
}
