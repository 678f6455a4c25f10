/** Default bounds on reading one file: a minute, and 1 GiB of heap for the worker reading it. */
export const DEFAULT_FILE_TIME_MS = 60_000;
export const DEFAULT_FILE_HEAP_MB = 1024;

/**
 * The smallest heap a worker is given, whatever is asked: below about 40 MiB a worker running out of
 * heap while it loads its modules aborts the whole process instead of ending alone (Node issue 47224),
 * so a run could no longer report the file and go on.
 */
export const MIN_FILE_HEAP_MB = 64;
