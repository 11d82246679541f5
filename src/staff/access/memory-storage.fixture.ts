/** A Storage kept in memory, for tests (one per simulated device). */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** When set, every write throws (a full or refused storage). */
  failWrites = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('refused', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}
