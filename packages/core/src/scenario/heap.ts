// The runner's agenda: tasks ordered by time, then by the order they were
// scheduled (so timeline actions at the same instant run in file order).

export interface Scheduled {
  readonly ms: number;
  readonly seq: number;
}

function before(a: Scheduled, b: Scheduled): boolean {
  return a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq);
}

export class Agenda<T extends Scheduled> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = a[parent] as T;
      if (!before(item, p)) break;
      a[i] = p;
      i = parent;
    }
    a[i] = item;
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    let i = 0;
    const n = a.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && before(a[r] as T, a[l] as T) ? r : l;
      const c = a[child] as T;
      if (!before(c, last)) break;
      a[i] = c;
      i = child;
    }
    a[i] = last;
    return top;
  }
}
