// The work every committed change sets off — re-planning the reminder, shipping to the
// partner's computer soon, telling the running marker — done once, on the next turn of the
// event loop, for however many changes came before it.
//
// Why not at once: that work was a quarter of a check-in save's time, and none of it needs to
// happen before the save answers. A burst (an import, a sync poll applying a year, a quick
// series of edits) now re-plans once instead of once per change. Nothing is read from it in
// between: the reminder's status is worked out fresh from the data whenever it is asked for,
// and a reminder that comes due meanwhile re-plans from the data before it shows
// (reminder-scheduler.ts), so it can never notify about a day that was just checked in.

export interface AfterChangesWork {
  replan: () => void;
  ship: () => void;
  mark: () => void;
  /** A step that threw: the others still run, and the next change tries again. */
  onError: (error: unknown) => void;
}

export interface AfterChanges {
  /** A change was committed; `replan` when it touched something the reminder plan reads. */
  note(replan: boolean): void;
  /** Runs what is waiting now (tests, and anything that must not wait for the next turn). */
  flush(): void;
  /** Drops what is waiting (closing). */
  cancel(): void;
}

export function createAfterChanges(work: AfterChangesWork): AfterChanges {
  let pending: ReturnType<typeof setImmediate> | null = null;
  let replanWanted = false;

  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      work.onError(error);
    }
  };

  function flush(): void {
    if (pending) clearImmediate(pending);
    pending = null;
    const replan = replanWanted;
    replanWanted = false;
    // Re-planning may itself announce a change (the "due" state flipped): that is noted for
    // the next turn, never run inside this one.
    if (replan) guarded(work.replan);
    guarded(work.ship);
    guarded(work.mark);
  }

  return {
    note(replan) {
      replanWanted ||= replan;
      pending ??= setImmediate(flush);
    },
    flush,
    cancel() {
      if (pending) clearImmediate(pending);
      pending = null;
      replanWanted = false;
    },
  };
}
