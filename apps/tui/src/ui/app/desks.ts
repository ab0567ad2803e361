// The desks of the interactive app, each with the procedure it needs: Home shows
// a desk only when auth.me's `may` lists that procedure, so what a party sees is
// core's answer, never a list of roles here. Order: the flow, then the MOA, then reports.
import type { AppApi, Screen } from "./context";
import { bookScreen } from "./screens/Book";
import { bookingsScreen, cjisScreen, iceScreen, lescScreen, sibScreen } from "./screens/FlowDesks";
import { disputesScreen, moasScreen, releasesScreen } from "./screens/MoaDesks";
import { auditScreen, statisticsScreen } from "./screens/Reports";

export interface Desk {
  readonly label: string;
  /** The procedure path that must be in `may`. */
  readonly needs: string;
  readonly open: (app: AppApi) => Screen;
}

export const DESKS: readonly Desk[] = [
  { label: "Book a subject (live classification)", needs: "bookings.book", open: bookScreen },
  { label: "Bookings and their traces", needs: "bookings.list", open: bookingsScreen },
  { label: "SIB queue: forward, relay, held responses", needs: "sib.queue", open: sibScreen },
  { label: "CJIS queue", needs: "cjis.queue", open: cjisScreen },
  { label: "LESC: status determinations", needs: "lesc.queue", open: lescScreen },
  { label: "ICE priority cases: detainer, custody, removal", needs: "ice.queue", open: iceScreen },
  { label: "MOAs: status, notices, modifications", needs: "moa.list", open: moasScreen },
  { label: "Disputes (MOA VII)", needs: "disputes.list", open: disputesScreen },
  { label: "Statistics releases (MOA X)", needs: "releases.list", open: releasesScreen },
  { label: "Audit log", needs: "audit.list", open: auditScreen },
  { label: "Statistics", needs: "statistics.summary", open: statisticsScreen },
];
