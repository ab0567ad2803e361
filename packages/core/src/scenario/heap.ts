// The runner's agenda: tasks ordered by time, then by the order they were
// scheduled (so timeline actions at the same instant run in file order).
// A binary heap whose keys (time, order) sit in their own number arrays
// beside the items: sifting compares numbers held together in memory
// instead of reading each task object, which was a visible share of a run
// with tens of thousands of tasks waiting.

export interface Scheduled {
  readonly ms: number;
  readonly seq: number;
}

export class Agenda<T extends Scheduled> {
  private readonly items: T[] = [];
  private readonly times: number[] = [];
  private readonly orders: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    const times = this.times;
    const orders = this.orders;
    const ms = item.ms;
    const seq = item.seq;
    let i = items.length;
    items.push(item);
    times.push(ms);
    orders.push(seq);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pm = times[parent] as number;
      if (pm < ms || (pm === ms && (orders[parent] as number) < seq)) break;
      items[i] = items[parent] as T;
      times[i] = pm;
      orders[i] = orders[parent] as number;
      i = parent;
    }
    items[i] = item;
    times[i] = ms;
    orders[i] = seq;
  }

  pop(): T | undefined {
    const items = this.items;
    const times = this.times;
    const orders = this.orders;
    const top = items[0];
    const last = items.pop();
    const lastMs = times.pop();
    const lastSeq = orders.pop();
    if (top === undefined || last === undefined || lastMs === undefined || lastSeq === undefined || items.length === 0) return top;
    const n = items.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let child = l;
      let cm = times[l] as number;
      let cs = orders[l] as number;
      if (r < n) {
        const rm = times[r] as number;
        const rs = orders[r] as number;
        if (rm < cm || (rm === cm && rs < cs)) {
          child = r;
          cm = rm;
          cs = rs;
        }
      }
      if (!(cm < lastMs || (cm === lastMs && cs < lastSeq))) break;
      items[i] = items[child] as T;
      times[i] = cm;
      orders[i] = cs;
      i = child;
    }
    items[i] = last;
    times[i] = lastMs;
    orders[i] = lastSeq;
    return top;
  }
}
