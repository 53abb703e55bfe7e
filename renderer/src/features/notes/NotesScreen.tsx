// Notes: write to your partner, read what they wrote, and see how appreciation flows.
export function NotesScreen() {
  return (
    <div className="screen notes">
      <header className="screen-header">
        <h1>Notes</h1>
      </header>
    </div>
  );
}
