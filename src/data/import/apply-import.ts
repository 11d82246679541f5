import type { KioskDatabase } from '../db';
import { replaceInventory } from '../inventory-store';
import { msg, type Message } from './messages';
import { canApply, type ImportPreview } from './preview';

/** What applying a preview did. */
/** `undoable`: a previous list was kept, so "go back to the list from before" may be promised. */
export type ApplyResult = { ok: true; count: number; undoable: boolean } | { ok: false; error: Message };

/**
 * Replaces the inventory by the places of a preview, in one transaction (the previous inventory
 * is kept for undo). Refuses a preview that cannot be applied (errors, nothing to apply); a
 * database failure, or a store found unseeded in the same transaction (deleted and recreated
 * empty under the page), leaves the inventory as it was and becomes a message.
 */
export async function applyImport(db: KioskDatabase, preview: ImportPreview, label: string, now: Date = new Date()): Promise<ApplyResult> {
  if (!preview.ok || !canApply(preview)) return { ok: false, error: msg('applyNotAllowed') };
  try {
    const { undoable } = await replaceInventory(db, preview.places, label, now);
    return { ok: true, count: preview.places.length, undoable };
  } catch {
    return { ok: false, error: msg('applyFailed') };
  }
}
