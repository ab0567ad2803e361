// The runner's agenda: tasks ordered by time, then by the order they were
// scheduled (so timeline actions at the same instant run in file order).
//
// Most tasks arrive already in order within their kind: a party's step comes
// a fixed delay after the step before it, and steps are run in time order,
// so each kind's tasks are scheduled in time order. Each kind gets a lane, a
// queue that takes a task only if it comes after the lane's last one; any
// other task goes to a binary heap. Taking the next task compares the heads
// of a dozen lanes and the heap's top: each lane and the heap are in order,
// so the smallest head is the next task, exactly as one heap would give it.
// One heap of every waiting task (tens of thousands in a large run) cost a
// sift through its depth on every push and pop, about a sixth of a run.

export interface Scheduled {
  readonly ms: number;
  readonly seq: number;
}

/** (ms, seq) order; seq is unique, so two tasks never tie. */
function before(a: Scheduled, b: Scheduled): boolean {
  return a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq);
}

interface Lane<T> {
  readonly items: (T | undefined)[];
  head: number;
}

/** Lanes merged with a heap; `lane` is a small number naming a kind of task. */
export class Agenda<T extends Scheduled> {
  private readonly lanes: Lane<T>[] = [];
  private readonly heap = new TaskHeap<T>();

  push(item: T, lane: number): void {
    while (this.lanes.length <= lane) this.lanes.push({ items: [], head: 0 });
    const l = this.lanes[lane] as Lane<T>;
    const tail = l.items.length > l.head ? l.items[l.items.length - 1] : undefined;
    if (tail === undefined || before(tail, item)) l.items.push(item);
    else this.heap.push(item);
  }

  pop(): T | undefined {
    let next = this.heap.peek();
    let from: Lane<T> | undefined;
    for (const l of this.lanes) {
      const head = l.items[l.head];
      if (head !== undefined && (next === undefined || before(head, next))) {
        next = head;
        from = l;
      }
    }
    if (from === undefined) return this.heap.pop();
    from.items[from.head++] = undefined; // the lane lets go of it
    if (from.head === from.items.length) {
      from.items.length = 0;
      from.head = 0;
    } else if (from.head >= 4096 && from.head * 2 >= from.items.length) {
      from.items.splice(0, from.head); // drop the taken half, so a long lane's memory stays bounded
      from.head = 0;
    }
    return next;
  }
}

/**
 * A binary heap whose keys (time, order) sit in their own number arrays
 * beside the items: sifting compares numbers held together in memory
 * instead of reading each task object.
 */
class TaskHeap<T extends Scheduled> {
  private readonly items: T[] = [];
  private readonly times: number[] = [];
  private readonly orders: number[] = [];

  peek(): T | undefined {
    return this.items[0];
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
