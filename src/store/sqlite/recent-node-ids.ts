/**
 * id → nid of recently written nodes, so relationships written right after their nodes skip two
 * index look-ups each. Two generations of at most `capacity` entries keep memory bounded;
 * a miss falls back to the database, so the cache only ever saves work.
 */
export class RecentNodeIds {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  constructor(private readonly capacity = 50_000) {}

  remember(id: string, nid: number): void {
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(id, nid);
  }

  get(id: string): number | undefined {
    return this.current.get(id) ?? this.previous.get(id);
  }

  /** After deletes: a cached nid may no longer exist. */
  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
