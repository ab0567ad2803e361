import type { NextConfig } from "next";
import { readEnv } from "./src/env";

const env = readEnv();

// The browser talks to the API through this app's own origin (/trpc is
// proxied), so the session cookie is first-party and SameSite=Strict holds.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship TypeScript sources.
  transpilePackages: ["@sc/client", "@sc/core"],
  async rewrites() {
    return [{ source: "/trpc/:path*", destination: `${env.apiUrl}/trpc/:path*` }];
  },
};

export default config;
