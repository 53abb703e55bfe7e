// The apology builder: four fields, with kind flags for qualifiers and deflections.
export function ApologyScreen() {
  return (
    <div className="screen apology">
      <header className="screen-header">
        <h1>Apology builder</h1>
      </header>
    </div>
  );
}
