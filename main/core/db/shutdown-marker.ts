// Two small files beside the database tell the next start how the last one ended:
//
// - `<db>.running` is written when Nuzzle opens the database and rewritten (without fsync;
//   it only has to survive the process, not a power cut) after every change with the
//   change mark (change-mark.ts). It is removed at a clean close, so finding it means the
//   last run ended without one (a crash, a kill, a power cut).
// - `<db>.closed` is written at a clean close with the change mark and the file's size and
//   modification time, so a file changed by something other than Nuzzle is noticed.
//
// Both are hints: unreadable or missing files only make the next start more careful. On a
// read-only disk neither can be written, and nothing depends on them.

import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

export interface ShutdownState {
  /** The last run ended without a clean close. */
  unclean: boolean;
  /** The newest change mark Nuzzle knew of, from either file (null when unknown). */
  lastMark: number | null;
  /** The database file differs from how Nuzzle left it (or Nuzzle has no record of it). */
  changedOutside: boolean;
}

interface RunningFile {
  mark: number;
}

interface ClosedFile {
  mark: number;
  size: number;
  mtimeMs: number;
}

const runningPath = (file: string) => `${file}.running`;
const closedPath = (file: string) => `${file}.closed`;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseRunning(value: unknown): RunningFile | null {
  const mark = (value as { mark?: unknown } | null)?.mark;
  return isFiniteNumber(mark) ? { mark } : null;
}

function parseClosed(value: unknown): ClosedFile | null {
  const v = value as Partial<Record<keyof ClosedFile, unknown>> | null;
  return v && isFiniteNumber(v.mark) && isFiniteNumber(v.size) && isFiniteNumber(v.mtimeMs)
    ? { mark: v.mark, size: v.size, mtimeMs: v.mtimeMs }
    : null;
}

function fileStamp(file: string): { size: number; mtimeMs: number } | null {
  try {
    const { size, mtimeMs } = statSync(file);
    return { size, mtimeMs };
  } catch {
    return null;
  }
}

export function readShutdownState(file: string): ShutdownState {
  let runningExists = true;
  try {
    statSync(runningPath(file));
  } catch {
    runningExists = false;
  }
  const running = runningExists ? parseRunning(readJson(runningPath(file))) : null;
  const closed = parseClosed(readJson(closedPath(file)));
  const now = fileStamp(file);
  const walLeft = (fileStamp(`${file}-wal`)?.size ?? 0) > 0;
  const changedOutside =
    !closed ||
    !now ||
    walLeft ||
    now.size !== closed.size ||
    Math.abs(now.mtimeMs - closed.mtimeMs) > 1;
  return {
    unclean: runningExists,
    lastMark: running?.mark ?? closed?.mark ?? null,
    changedOutside,
  };
}

/** Writes the running marker; false when the folder can't be written (read-only disk). */
export function markRunning(file: string, mark: number): boolean {
  try {
    writeFileSync(runningPath(file), JSON.stringify({ mark } satisfies RunningFile), {
      mode: 0o600,
    });
    return true;
  } catch {
    return false;
  }
}

/** After the database is closed: records how it was left, then removes the running marker. */
export function markClosed(file: string, mark: number): void {
  const stamp = fileStamp(file);
  try {
    if (stamp) {
      writeFileSync(closedPath(file), JSON.stringify({ mark, ...stamp } satisfies ClosedFile), {
        mode: 0o600,
      });
    }
    rmSync(runningPath(file), { force: true });
  } catch {
    // A read-only disk: the next start is simply more careful.
  }
}

/** Forgets how the file was left, so the next start checks it in full. */
export function forgetCleanClose(file: string): void {
  rmSync(closedPath(file), { force: true });
}
