"use client";
// MOA X: "the release of statistical information regarding the SC initiative
// will be coordinated with the ICE Public Affairs Office POC identified in
// Appendix D." The ICE Public Affairs desk: requests to approve or refuse; the
// requester publishes an approved one; a refused one is never published. The
// steps each account may take on each release are the API's (releases.list
// actions: core's decider run dry), with core's refusal where it may not.
import { partyLabel } from "@sc/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorNote } from "../../../components/ErrorNote";
import { formatInstant, words } from "../../../components/format";
import { Gloss } from "../../../components/Gloss";
import { useMay } from "../../../components/me";
import { StepGate } from "../../../components/Step";
import { WrittenForm } from "../../../components/WrittenForm";
import { useTRPC } from "../../../trpc/react";
import { RequestRelease } from "./RequestRelease";

export default function ReleasesDesk() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const releases = useQuery({ ...trpc.releases.list.queryOptions(), refetchInterval: 10_000 });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.releases.pathKey() });
  const approve = useMutation(trpc.releases.approve.mutationOptions({ onSuccess: refresh }));
  const refuse = useMutation(trpc.releases.refuse.mutationOptions({ onSuccess: refresh }));
  const publish = useMutation(trpc.releases.publish.mutationOptions({ onSuccess: refresh }));
  const mayRequest = useMay("releases.request");
  const list = releases.data ?? [];
  return (
    <>
      <h1>Statistics releases (MOA X)</h1>
      <p className="muted">
        <Gloss text="Every release of statistics about the SC initiative is approved by ICE Public Affairs (Appendix D) before its requester publishes it." />
      </p>
      <ErrorNote error={releases.error ?? approve.error ?? refuse.error ?? publish.error} />
      {releases.data && list.length === 0 && <p className="muted">No statistics release has been requested.</p>}
      <ul className="cards">
        {list.map((r) => (
          <li key={r.requestId} className="card" aria-label={`Release ${r.title}`}>
            <div className="row-between">
              <strong>{r.title}</strong>
              <span className="pill">{words(r.status)}</span>
            </div>
            <p>
              <Gloss text={`Requested by ${partyLabel(r.requestedBy)} ${formatInstant(r.requestedAt)}; period ${formatInstant(r.scope.from)} to ${formatInstant(r.scope.to)}${r.scope.state ? `, state ${r.scope.state}` : ""}${r.scope.ori ? `, agency ${r.scope.ori}` : ""}.`} />
            </p>
            <p>Figures: {r.figures}</p>
            {r.status === "approved" && <p className="done">Approved {formatInstant(r.approvedAt)}{r.note ? `: ${r.note}` : ""}.</p>}
            {r.status === "refused" && <p className="refusal">Refused {formatInstant(r.refusedAt)}: {r.reason}</p>}
            {r.status === "published" && (
              <p className="done">
                Published {formatInstant(r.publishedAt)} ({r.channel}).
              </p>
            )}
            <StepGate step={r.actions.approve} procedure="releases.approve" what="Approving">
              <WrittenForm label={`Note on approving "${r.title}" (optional)`} action="Approve the release" pending={approve.isPending} error={null} onSubmit={(note) => approve.mutate({ requestId: r.requestId, ...(note.trim() === "" ? {} : { note }) })} />
            </StepGate>
            <StepGate step={r.actions.refuse} procedure="releases.refuse" what="Refusing">
              <WrittenForm label={`Reason for refusing "${r.title}"`} action="Refuse the release" pending={refuse.isPending} error={null} onSubmit={(reason) => refuse.mutate({ requestId: r.requestId, reason })} />
            </StepGate>
            <StepGate step={r.actions.publish} procedure="releases.publish" what="Publishing">
              <WrittenForm label={`Where "${r.title}" is published`} action="Publish the release" pending={publish.isPending} error={null} onSubmit={(channel) => publish.mutate({ requestId: r.requestId, channel })} />
            </StepGate>
          </li>
        ))}
      </ul>
      {mayRequest && <RequestRelease onDone={refresh} />}
    </>
  );
}
