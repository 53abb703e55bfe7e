// Inside a partner's check-in: "Kept today?" for each of their commitments due today.
export function CheckinCommitments(_props: { partnerId: string; today: string }) {
  return null;
}
