// Commitments: concrete promises, marked each day, visible to both partners.
export function CommitmentsScreen() {
  return (
    <div className="screen commitments">
      <header className="screen-header">
        <h1>Commitments</h1>
      </header>
    </div>
  );
}
