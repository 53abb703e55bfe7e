// Inside a partner's check-in: "Kept today?" for each of their commitments due today. It sits
// inside the check-in's <form>, so its buttons are type="button" and save each mark at once
// through their own channel, never through the check-in's submit.

import { useChannel } from '../../use-channel.ts';
import { MarkButtons } from './MarkButtons.tsx';
import './commitments.css';

/** Retired commitments are never due: the check-in asks for the current ones only. */
const CURRENT_ONLY = { retiredLimit: 0 };

export function CheckinCommitments({ partnerId, today }: { partnerId: string; today: string }) {
  const { data } = useChannel('commitments:list', ['commitments', 'clock'], CURRENT_ONLY);
  // While the day turns over the check-in and the list may briefly disagree: wait for both.
  if (data?.today !== today) return null;
  const due = data.commitments.filter((c) => c.authorId === partnerId && c.dueToday);
  if (due.length === 0) return null;
  const titleId = `checkin-commitments-${partnerId}`;
  return (
    <section className="checkin-commitments" aria-labelledby={titleId}>
      <h3 id={titleId}>Commitments — kept today?</h3>
      {due.map((c) => (
        <MarkButtons
          key={c.id}
          commitmentId={c.id}
          actorId={partnerId}
          today={today}
          current={c.todayMark}
          legend={c.text}
          idBase={`checkin-mark-${c.id}`}
        />
      ))}
    </section>
  );
}
