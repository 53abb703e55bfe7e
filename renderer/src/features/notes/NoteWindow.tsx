// The small "Write a note…" window the tray opens (route #/note).
export function NoteWindow() {
  return <h1>Write a note</h1>;
}
