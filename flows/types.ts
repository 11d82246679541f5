/**
 * The flow contract: a guided topic is pure data. The runtime (src/runtime) turns it into an
 * XState machine and renders each state with a generic screen chosen by `meta.screen`.
 * This file holds types only, so a flow file imports nothing that runs.
 */

/** The generic screens a step can use; see src/screens/README.md. */
export type ScreenKind = 'explain' | 'choice' | 'compare' | 'check' | 'recap' | 'help' | 'keypad';

/** Drawings an `explain` step can show under its text (src/screens/explain-screen.tsx). */
export type IllustrationId = 'card-reader';

/** Names of the actions a flow may trigger; implemented once in src/runtime/implementations.ts. */
export type FlowActionName = 'toggleMark' | 'clearMarks';

/** Names of the guards a flow may use; implemented once in src/runtime/implementations.ts. */
export type FlowGuardName = 'hasMarks';

/** A pictogram id: a file `public/pictograms/<id>.svg` (see public/pictograms/SOURCES.md). */
export type PictogramId = string;

/** A text key in i18next form: `namespace:path.to.key`, present in every locales/<lang>/ folder. */
export type TextKey = string;

/**
 * A service tag of the help inventory (data/README-helpers.md, "Service tags"):
 * the help screen at the end of a topic shows places offering any of these first.
 */
export type ServiceTag = string;

/** One option on a `choice` or `check` screen: a big button that sends `PICK.<id>`. */
export interface StepOption {
  /** Unique within the step; the event sent is `PICK.<id>`. */
  id: string;
  label: TextKey;
  pictogram: PictogramId;
}

/**
 * For `keypad` (practice only): an on-screen keypad that accepts nothing but a made-up code.
 * The digits typed stay inside the keypad component (never in the flow's context, the page's
 * text, storage or logs). OK with the practice code sends `PICK.ok`; a wrong code sends
 * `PICK.wrong` (stays on the step) until the last try, which sends `PICK.blocked`.
 */
export interface KeypadConfig {
  /** The only code accepted, digits only (e.g. '1234'); shown on screen as the code to use. */
  practiceCode: string;
  /** Wrong codes allowed; the last one sends `PICK.blocked` (an eID card blocks after 3). */
  tries: number;
  /** Texts of the keypad, each a text key. */
  texts: {
    /** Shown above the keypad: "This is practice. Never type your real code here. Use {{code}}." */
    warning: TextKey;
    /** Screen-reader name of a digit key: "Digit {{digit}}". */
    digit: TextKey;
    /** The key that erases the last digit. */
    erase: TextKey;
    /** The key that sends the code. */
    ok: TextKey;
    /** Announced as digits are typed, never the digits: "Digits typed: {{count}}". */
    typed: TextKey;
    /** After a wrong code: "Wrong code. Tries left: {{count}}." */
    wrong: TextKey;
    /** OK with too few digits (no try used): "The code has {{length}} digits." */
    incomplete: TextKey;
  };
}

/** What a state tells the runtime about how to show it. */
export interface StepMeta {
  screen: ScreenKind;
  /** Heading of the screen: one idea, a few words. */
  title: TextKey;
  /**
   * A small line shown above the heading, e.g. "Did I explain it well?" on a `check` step,
   * whose heading is then the one real question.
   */
  lead?: TextKey;
  /** Short paragraphs (each one or two short sentences). */
  body?: TextKey[];
  /** The pictogram that carries the idea of the screen. */
  pictogram: PictogramId;
  /** Source numbers in docs/facts.md ("Sources" list) backing the facts shown. */
  sources?: number[];
  /** For `choice` and `check`: the options, in display order. */
  options?: StepOption[];
  /** For `compare`: the two columns, each a list of text keys, shown side by side. */
  columns?: { left: { title: TextKey; items: TextKey[] }; right: { title: TextKey; items: TextKey[] } };
  /** For `recap`: the points to remember, each with its own pictogram. */
  items?: { text: TextKey; pictogram: PictogramId }[];
  /**
   * For `check` (teach-back): the expected option, and the kind words shown on the step an
   * other answer leads back to ("Let's look at this again together").
   */
  check?: { expected: string; retry: TextKey };
  /**
   * For `choice`: the label of a way on that is not an answer ("I have seen enough, continue").
   * It is shown as the step's Next button, pinned apart from the options, never as one of them;
   * the step's `on.NEXT` says where it goes.
   */
  nextLabel?: TextKey;
  /** For `choice`: options are toggles (marked / not marked) and a Next button moves on. */
  multi?: boolean;
  /** For `recap`: list the options marked earlier in the topic (with their pictograms). */
  showMarks?: boolean;
  /** For `recap` with showMarks: the text shown when nothing was marked. */
  emptyText?: TextKey;
  /** Offer a "Print" button; the printed sheet holds this step's title and list, nothing else. */
  print?: boolean;
  /** For `explain`: a drawing shown under the text (e.g. a card going into a card reader). */
  illustration?: IllustrationId;
  /** For `keypad`: the practice code, the tries and the keypad's texts. */
  keypad?: KeypadConfig;
  /** For `help`: the kinds of help this topic calls for. */
  helpServices?: ServiceTag[];
  /**
   * The state Back returns to. Optional when the state has exactly one predecessor
   * (the runtime derives it); required when several states lead here.
   */
  back?: string;
}

/** A transition as written in a flow: a target state name, optionally guarded or with actions. */
export type FlowTransition =
  string | { target: string; guard?: FlowGuardName; actions?: FlowActionName[] } | { target?: undefined; actions: FlowActionName[] };

/** Events a step can answer. `NEXT` moves on; `PICK.<option id>` answers a choice or check. */
export type FlowEventType = 'NEXT' | `PICK.${string}`;

/** One step of a flow. */
export interface FlowStateConfig {
  meta: StepMeta;
  on?: Partial<Record<FlowEventType, FlowTransition | FlowTransition[]>>;
  /** The last step of a topic is `final` and uses the `help` screen. */
  type?: 'final';
}

/** A whole guided topic. */
export interface FlowConfig {
  /** Stable id, kebab-case; also the i18next namespace of the flow's texts. */
  id: string;
  /** Home-screen tile. */
  tile: { label: TextKey; pictogram: PictogramId };
  initial: string;
  states: Record<string, FlowStateConfig>;
  /**
   * A rehearsal with made-up data: every step shows this banner (text key, e.g.
   * "EXERCISE — not your real record") with the id-card pictogram.
   */
  exercise?: { banner: TextKey };
}
