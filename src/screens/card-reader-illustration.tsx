/**
 * A made-up identity card sliding into a card reader, chip first, and the reader's light
 * turning on. Pure SVG; the motion is CSS keyframes in card-reader-illustration.css,
 * played once (under 5 s) and not at all under `prefers-reduced-motion: reduce`, which shows the
 * final picture: card in, light on. The card carries no real design or logo, only "SPECIMEN".
 * Decorative: the step's text says the same in words.
 */
import './card-reader-illustration.css';
export function CardReaderIllustration() {
  return (
    <svg class="card-reader" viewBox="0 0 300 250" aria-hidden="true" focusable="false" data-illustration="card-reader">
      {/* The cable: the reader is plugged in. */}
      <path class="card-reader__cable" d="M230 195 C 262 195, 262 238, 296 238" />
      {/* The slot, behind the card. */}
      <rect class="card-reader__slot" x="92" y="144" width="116" height="12" rx="5" />
      <g class="card-reader__card">
        <rect class="card-reader__card-face" x="105" y="70" width="90" height="140" rx="9" />
        {/* A face and lines of text: a card, but nobody's. */}
        <circle class="card-reader__card-ink" cx="130" cy="93" r="9" />
        <path class="card-reader__card-ink" d="M116 118 q14 -14 28 0 z" />
        <rect class="card-reader__card-line" x="152" y="86" width="32" height="5" rx="2" />
        <rect class="card-reader__card-line" x="152" y="98" width="26" height="5" rx="2" />
        <rect class="card-reader__card-line" x="152" y="110" width="30" height="5" rx="2" />
        <text class="card-reader__specimen" x="150" y="138" text-anchor="middle">
          SPECIMEN
        </text>
        {/* The chip goes into the reader first. */}
        <rect class="card-reader__chip" x="132" y="168" width="36" height="28" rx="5" />
        <path class="card-reader__chip-lines" d="M132 182 h36 M150 168 v28 M141 168 v8 M159 188 v8" />
      </g>
      {/* The reader's front, over the part of the card that is inside. */}
      <rect class="card-reader__body" x="64" y="152" width="172" height="86" rx="16" />
      <circle class="card-reader__glow" cx="204" cy="208" r="15" />
      <circle class="card-reader__light" cx="204" cy="208" r="8" />
    </svg>
  );
}
