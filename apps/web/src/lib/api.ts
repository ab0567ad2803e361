"use client";
// The browser's API client: same origin (proxied to the API server), cookie session.
import { createClient, describeError } from "@sc/client";

export function browserApi() {
  return createClient({ url: window.location.origin });
}

export { describeError };
