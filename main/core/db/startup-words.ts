// What the start-up checks tell the user, in plain words: what happened, what was kept,
// what may be missing, and what to do — never an error code.

import type { ForeignReason } from './foreign-file.ts';

type LostHow = 'damaged' | 'empty' | 'missing' | ForeignReason;

const WHAT_HAPPENED: Record<LostHow, string> = {
  damaged: 'Nuzzle found its data file damaged',
  empty: 'Nuzzle found its data file empty',
  missing: 'Nuzzle’s data file was missing',
  folder: 'Nuzzle found a folder where its data file should be',
  'other-app': 'Nuzzle found a file from another app where its data file should be',
};

const KEPT: Record<LostHow, (name: string) => string> = {
  damaged: (name) => `The damaged file was kept as ${name}, in case it can be rescued.`,
  empty: (name) => `The empty file was kept as ${name}.`,
  missing: () => '',
  folder: (name) => `The folder was moved, unchanged, to ${name}.`,
  'other-app': (name) => `That file was moved, unchanged, to ${name}.`,
};

export function restored(
  how: LostHow,
  backupDate: string,
  sameDay: boolean,
  asideName: string | null,
): string {
  return [
    `${WHAT_HAPPENED[how]}, so it restored your backup from ${backupDate}${sameDay ? ' (earlier today)' : ''}.`,
    'Anything saved after that backup could not be recovered.',
    asideName ? KEPT[how](asideName) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function startedFresh(how: LostHow, asideName: string | null): string {
  return [
    `${WHAT_HAPPENED[how]} and had no good backup to restore, so it started afresh.`,
    how === 'damaged' || how === 'empty' ? '' : 'Anything saved before could not be recovered.',
    asideName ? KEPT[how](asideName) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function notNuzzles(why: ForeignReason): string {
  return why === 'folder'
    ? 'There’s a folder where Nuzzle keeps its data file, and no backup to restore in its place. Nuzzle hasn’t touched it. Move or rename that folder, then open Nuzzle again.'
    : 'The file where Nuzzle keeps its data belongs to another app, and there’s no backup to restore in its place. Nuzzle hasn’t changed it in any way. Move that file somewhere else, then open Nuzzle again.';
}

export function changesMissing(count: number, unclean: boolean, keptName: string | null): string {
  const some =
    count === 1 ? 'the last change' : `the last ${count.toLocaleString('en-US')} or so changes`;
  return [
    unclean
      ? `Nuzzle didn’t close properly last time, and ${some} saved before that aren’t in its data file.`
      : `${some[0]?.toUpperCase() ?? ''}${some.slice(1)} Nuzzle saved aren’t in its data file any more.`,
    'Something outside Nuzzle may have damaged or removed part of it. Everything else is here — please check the last few days.',
    keptName ? `What was left of the damaged part was kept as ${keptName}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export const newerNuzzle = (version: number, latest: number) =>
  `Your Nuzzle data was saved by a newer version of Nuzzle (data version ${String(version)}; this version reads up to ${String(latest)}). Please update Nuzzle — your data has not been changed.`;

export const diskFull =
  'Your disk is full, so Nuzzle can show your record but can’t save anything new. Free some space and restart Nuzzle.';

export const folderReadOnly =
  'Nuzzle can’t write to its data folder, so it’s showing your record read-only and can’t save anything new. Check the folder’s permissions (or that the disk isn’t read-only), then restart Nuzzle.';

export const cantWriteAndNothingToShow =
  'Nuzzle can’t write to its data folder, and there’s no Nuzzle data there yet to show. Check the folder’s permissions (or that the disk isn’t read-only or full), then open Nuzzle again.';

export const cantWriteAndCantRead =
  'Nuzzle can’t write to its data folder, and couldn’t read its data file either. Your data has not been changed. Check the folder’s permissions (or that the disk isn’t read-only or full), then open Nuzzle again.';

/** The file is held by another copy of Nuzzle still running (or just closing). */
export const inUseElsewhere =
  'Nuzzle’s data is already open in another copy of Nuzzle. Quit that one, then open Nuzzle again. Your data has not been changed.';

export const couldNotOpen =
  'Nuzzle couldn’t open its data file. Your data has not been changed. Restart your computer and open Nuzzle again; if it keeps happening, check that the disk is working and not full.';

/** Said by every save refused because the data is open read-only. */
export const savesRefusedReadOnly =
  'This wasn’t saved: Nuzzle is showing your record read-only because it can’t write to its data folder. Check the folder’s permissions (or free some space), then restart Nuzzle.';
