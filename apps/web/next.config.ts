import type { NextConfig } from "next";

// The browser talks to the API through this app's own origin: /trpc is passed
// on by src/app/trpc/[...path]/route.ts, so the session cookie is first-party
// and SameSite=Strict holds.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship TypeScript sources.
  transpilePackages: ["@sc/client", "@sc/core"],
};

export default config;
