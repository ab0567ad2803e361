"use client";
// The Appendix A table as core holds it (classification.rules), and every
// NCIC code with its answer (classification.coverage), searchable; "Level 3
// only by default" lists the codes no Appendix A entry names (D9).
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { Checkbox, Input, Label, SearchField } from "react-aria-components";
import { ErrorNote } from "../../../components/ErrorNote";
import { Gloss } from "../../../components/Gloss";
import { levelText } from "../../../components/format";
import { useTRPC } from "../../../trpc/react";
import { TableHead } from "../../../components/TableHead";

const SHOWN = 50;

/** An NCIC code as written: four digits. */
const code = (n: number) => String(n).padStart(4, "0");

export function AppendixTable() {
  const trpc = useTRPC();
  const rules = useQuery({ ...trpc.classification.rules.queryOptions(), staleTime: Infinity });
  return (
    <section aria-labelledby="appendix-a">
      <h2 id="appendix-a">Appendix A</h2>
      <ErrorNote error={rules.error} />
      {rules.data && (
        <table>
          <caption className="muted small">Each entry as the MOA prints it, with the NCIC ranges it covers; the DOMAIN decisions that act as rules are listed with their reason.</caption>
          <TableHead columns={["Level", "Category", "NCIC codes", "Source", "Rule"]} />
          <tbody>
            {rules.data.map((rule) => (
              <tr key={rule.id}>
                <td>{rule.level === null ? "-" : rule.level}</td>
                <td>
                  {rule.category}
                  {rule.subKind && <span className="muted"> ({rule.subKind})</span>}
                  {rule.explanation && (
                    <div className="muted small">
                      <Gloss text={rule.explanation} />
                    </div>
                  )}
                </td>
                <td className="small">{rule.asWritten ?? rule.ranges.map((r) => (r.from === r.to ? code(r.from) : `${code(r.from)}-${code(r.to)}`)).join(", ")}</td>
                <td className="small">{rule.source}</td>
                <td className="small">{rule.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Coverage() {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [byDefaultOnly, setByDefaultOnly] = useState(false);
  const coverage = useQuery({ ...trpc.classification.coverage.queryOptions({ byDefaultOnly }), staleTime: Infinity });
  const term = useDeferredValue(search.trim().toLowerCase());
  const matches = (coverage.data ?? []).filter((row) => term === "" || row.code.includes(term) || row.literal.toLowerCase().includes(term) || row.category.toLowerCase().includes(term));
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">Every NCIC code</h2>
      <div className="inline-form">
        <SearchField value={search} onChange={setSearch}>
          <Label>Search by code, NCIC literal or category</Label>
          <Input placeholder="e.g. 64, kidnap, drugs" />
        </SearchField>
        <Checkbox isSelected={byDefaultOnly} onChange={setByDefaultOnly}>
          Only the codes at Level 3 because Appendix A does not list them (D9)
        </Checkbox>
      </div>
      <ErrorNote error={coverage.error} />
      {coverage.data && (
        <table>
          <caption className="muted small" aria-live="polite">
            {matches.length.toLocaleString("en-US")} of {coverage.data.length.toLocaleString("en-US")} codes{matches.length > SHOWN ? `, the first ${SHOWN} shown: narrow the search` : ""}
          </caption>
          <TableHead columns={["Code", "NCIC literal", "Level", "Category", "Rule"]} />
          <tbody>
            {matches.slice(0, SHOWN).map((row) => (
              <tr key={row.code}>
                <td>{row.code}</td>
                <td className="small">{row.literal}</td>
                <td>{levelText(row)}</td>
                <td className="small">{row.category}</td>
                <td className="small">
                  {row.ruleId}
                  {row.byDefault && <span className="pill"> D9</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
