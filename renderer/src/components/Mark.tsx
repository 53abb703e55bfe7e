// Nuzzle's mark, drawn from the same shapes as build/icon.svg (the tile and the heart).

export function Mark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="mark"
      width={size}
      height={size}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="mark-tile" x="4" y="4" width="92" height="92" rx="22" />
      <path
        className="mark-heart"
        d="M50 86 C 24 68, 10 53, 10 36 C 10 22, 20 13, 32 13 C 40 13, 46 17, 50 25 C 54 17, 60 13, 68 13 C 80 13, 90 22, 90 36 C 90 53, 76 68, 50 86 Z"
      />
    </svg>
  );
}
