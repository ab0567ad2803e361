"use client";
// The web app's data layer: tRPC 11's TanStack React Query integration
// (createTRPCContext, useTRPC().x.queryOptions / mutationOptions), over the
// typed @sc/client pointed at this app's own origin (/trpc is proxied to the
// API server, so the httpOnly session cookie is first-party).
// A call answered "not signed in" (the session ended, the 30-minute idle lock)
// sends the browser to the sign-in page with the server's words.
import type { AppRouter } from "@sc/api";
import { createClient, describeError } from "@sc/client";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import { needsSignIn } from "../lib/messages";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** Back to sign-in, saying why (the server's message: "session locked after 30 minutes ..."). */
export function toSignIn(reason: string | null): void {
  const target = reason === null ? "/sign-in" : `/sign-in?reason=${encodeURIComponent(reason)}`;
  if (window.location.pathname !== "/sign-in") window.location.assign(target);
}

function onApiError(error: unknown): void {
  const described = describeError(error);
  if (needsSignIn(described)) toSignIn(described.message);
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onApiError }),
    mutationCache: new MutationCache({ onError: onApiError }),
    defaultOptions: {
      // A refusal (403, 404, 409) is an answer, not a glitch: asking again changes nothing.
      queries: { retry: (count, error) => count < 2 && describeError(error).code === null, staleTime: 2_000 },
      mutations: { retry: false },
    },
  });
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  // Relative: the browser resolves /trpc against this page's origin.
  const [trpcClient] = useState(() => createClient({ url: "" }));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
