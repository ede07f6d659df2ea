/**
 * Maps offsets in normalized text back to the raw input. Normalization only deletes, inserts or replaces short runs,
 * so the map keeps one entry per edit: `norm` is where the edit starts in the normalized text and `delta` is the raw
 * offset minus the normalized offset from there on.
 */
export interface OffsetMap {
  edits: { norm: number; delta: number }[];
}

/** Raw offset of a normalized offset. @example toRaw({ edits: [{ norm: 3, delta: 1 }] }, 5) // 6 */
export function toRaw(map: OffsetMap, offset: number): number {
  let delta = 0;
  // Edits are sorted by `norm`; the last one at or before the offset applies.
  for (const e of map.edits) {
    if (e.norm > offset) break;
    delta = e.delta;
  }
  return offset + delta;
}

/** Builds an offset map incrementally while normalized text is written. */
export class OffsetMapBuilder {
  private readonly edits: { norm: number; delta: number }[] = [];
  private delta = 0;

  /** Records that from normalized offset `norm` on, raw = norm + delta. */
  shift(norm: number, delta: number): void {
    if (delta === this.delta) return;
    this.delta = delta;
    const last = this.edits[this.edits.length - 1];
    if (last && last.norm === norm) last.delta = delta;
    else this.edits.push({ norm, delta });
  }

  build(): OffsetMap {
    return { edits: this.edits };
  }
}
