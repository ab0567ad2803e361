// CPU time of the processes a bench run shares the machine with, from /proc
// (Linux): the API server, PostgreSQL's processes (on PGlite the database
// runs inside the API process), and this process, the load generator. Per
// request, beside the throughput, it says where the machine's cores went,
// and the most requests a second the cores could give at that cost.
import { readdirSync, readFileSync } from "node:fs";

/** Kernel clock ticks per second (USER_HZ), 100 on Linux. */
const TICKS_PER_SECOND = 100;

function ticksOf(pid: string): number {
  try {
    // Fields after the command name: state is [0], utime [11], stime [12].
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return 0; // the process ended meanwhile
  }
}

function postgresTicks(): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("postgres")) ticks += ticksOf(pid);
    } catch {
      // gone, or not ours to read
    }
  }
  return ticks;
}

export interface CpuSample {
  readonly apiMs: number;
  readonly databaseMs: number;
  readonly clientMs: number;
}

/** CPU used so far by the server (`serverPid`), PostgreSQL and this process, in ms; zeros where /proc is missing. */
export function cpuSample(serverPid: number | undefined): CpuSample {
  const client = process.cpuUsage();
  const clientMs = (client.user + client.system) / 1000;
  if (serverPid === undefined) return { apiMs: 0, databaseMs: 0, clientMs };
  try {
    return { apiMs: (ticksOf(String(serverPid)) * 1000) / TICKS_PER_SECOND, databaseMs: (postgresTicks() * 1000) / TICKS_PER_SECOND, clientMs };
  } catch {
    return { apiMs: 0, databaseMs: 0, clientMs };
  }
}

/** Each process's CPU per request between two samples. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuSample {
  return {
    apiMs: (after.apiMs - before.apiMs) / requests,
    databaseMs: (after.databaseMs - before.databaseMs) / requests,
    clientMs: (after.clientMs - before.clientMs) / requests,
  };
}
