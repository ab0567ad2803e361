// The desks (pages) of the web app, each with the procedure it is built on:
// the navigation shows a desk when auth.me's `may` (core's permission rules,
// through the API) lets the account call that procedure. No list of roles here.
export interface Desk {
  readonly href: string;
  readonly label: string;
  readonly needs: string;
}

export const DESKS: readonly Desk[] = [
  { href: "/lea", label: "Book a subject", needs: "bookings.book" },
  { href: "/sib", label: "SIB queue", needs: "sib.queue" },
  { href: "/cjis", label: "CJIS processing", needs: "cjis.queue" },
  { href: "/lesc", label: "IAQ queue", needs: "lesc.queue" },
  { href: "/ice", label: "Priority queue", needs: "ice.queue" },
  { href: "/bookings", label: "Bookings", needs: "bookings.list" },
  { href: "/releases", label: "Statistics releases", needs: "releases.approve" },
  { href: "/moa", label: "MOAs", needs: "moa.list" },
  { href: "/statistics", label: "Statistics", needs: "statistics.summary" },
  { href: "/oversight", label: "Profiling oversight", needs: "oversight.profiling" },
  { href: "/classifier", label: "Classifier", needs: "classification.classify" },
  { href: "/audit", label: "Audit log", needs: "audit.list" },
  { href: "/accounts", label: "Accounts", needs: "auth.accounts" },
  { href: "/glossary", label: "Glossary", needs: "glossary.list" },
];

export function desksFor(may: readonly string[]): Desk[] {
  return DESKS.filter((d) => may.includes(d.needs));
}
