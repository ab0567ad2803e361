"use client";
// Every MOA Appendix B acronym in a text, rendered as an abbreviation with its
// definition (DOMAIN 4), from the glossary the API serves (glossary.list).
import { useQuery } from "@tanstack/react-query";
import { Fragment, useMemo } from "react";
import { useTRPC } from "../trpc/react";

function useGlossary() {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.glossary.list.queryOptions(), staleTime: Infinity });
  return useMemo(() => {
    const byAcronym = new Map((data ?? []).map((e) => [e.acronym, e.definition] as const));
    const alternatives = [...byAcronym.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[^A-Za-z0-9]/g, "\\$&"));
    const pattern = alternatives.length === 0 ? null : new RegExp(`(?<![A-Za-z0-9])(${alternatives.join("|")})(?![A-Za-z0-9])`, "g");
    return { byAcronym, pattern };
  }, [data]);
}

/** A text with its acronyms as <abbr title="definition">. */
export function Gloss({ text }: { text: string }) {
  const { byAcronym, pattern } = useGlossary();
  if (pattern === null) return <>{text}</>;
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) => {
        const definition = i % 2 === 1 ? byAcronym.get(part) : undefined;
        return definition === undefined ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <abbr key={i} title={definition}>
            {part}
          </abbr>
        );
      })}
    </>
  );
}
