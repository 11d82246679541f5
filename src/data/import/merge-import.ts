import type { KioskDatabase, StoredPlace } from '../db';
import { mergeInventory } from '../inventory-store';
import { msg, type Message } from './messages';
import { canApply, type ImportPreview } from './preview';

/** How many places a merge changes: "12 updated by newer checks, 3 added, 96 kept". */
export interface MergeCounts {
  /** Places of ours replaced by the file's, checked more recently there. */
  updated: number;
  /** Places only the file has. */
  added: number;
  /** Places of ours kept as they are (not in the file, or checked as recently or more). */
  kept: number;
}

/**
 * Merges another kiosk's list into ours, place by place, keeping the most recent check: the
 * same id keeps the one with the later `checkedOn` (ISO dates compare as text; a tie keeps
 * ours, so merging the same file twice changes nothing more); places only the file has are
 * added; ours that the file lacks are kept. Order: ours first, then the added ones.
 */
export function mergePlaces(ours: readonly StoredPlace[], theirs: readonly StoredPlace[]): { places: StoredPlace[] } & MergeCounts {
  const incoming = new Map(theirs.map((p) => [p.id, p]));
  let updated = 0;
  const places = ours.map((mine) => {
    const other = incoming.get(mine.id);
    if (other && other.checkedOn > mine.checkedOn) {
      updated++;
      return other;
    }
    return mine;
  });
  const ourIds = new Set(ours.map((p) => p.id));
  const added = [...incoming.values()].filter((p) => !ourIds.has(p.id));
  return { places: [...places, ...added], updated, added: added.length, kept: ours.length - updated };
}

/** What merging a preview did. */
export type MergeResult = ({ ok: true } & MergeCounts) | { ok: false; error: Message };

/**
 * Merges the places of a preview into the inventory, in one transaction (the previous inventory
 * kept for the same undo as a replace). The same rules as a replace: a preview with errors, or
 * with nothing in it, changes nothing; a database failure leaves the inventory as it was.
 */
export async function applyMerge(db: KioskDatabase, preview: ImportPreview): Promise<MergeResult> {
  if (!preview.ok || !canApply(preview)) return { ok: false, error: msg('applyNotAllowed') };
  try {
    const { updated, added, kept } = await mergeInventory(db, (current) => mergePlaces(current, preview.places));
    return { ok: true, updated, added, kept };
  } catch {
    return { ok: false, error: msg('applyFailed') };
  }
}
