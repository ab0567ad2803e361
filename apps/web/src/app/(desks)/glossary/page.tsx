"use client";
// MOA Appendix B: the acronyms and their meanings, as core holds them
// (glossary.list), the same glossary every desk's <abbr> titles come from.
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { Input, Label, SearchField } from "react-aria-components";
import { ErrorNote } from "../../../components/ErrorNote";
import { useTRPC } from "../../../trpc/react";

export default function GlossaryPage() {
  const trpc = useTRPC();
  const glossary = useQuery({ ...trpc.glossary.list.queryOptions(), staleTime: Infinity });
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim().toLowerCase());
  const entries = (glossary.data ?? []).filter((e) => term === "" || e.acronym.toLowerCase().includes(term) || e.definition.toLowerCase().includes(term));
  return (
    <>
      <h1>Glossary (MOA Appendix B)</h1>
      <SearchField value={search} onChange={setSearch}>
        <Label>Search the acronyms and their meanings</Label>
        <Input placeholder="e.g. IAQ, detainer" />
      </SearchField>
      <ErrorNote error={glossary.error} />
      <p className="muted small" aria-live="polite">
        {glossary.data ? `${entries.length} of ${glossary.data.length} terms` : "Loading..."}
      </p>
      <dl className="glossary">
        {entries.map((e) => (
          <div key={e.acronym} style={{ display: "contents" }}>
            <dt>{e.acronym}</dt>
            <dd>{e.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
