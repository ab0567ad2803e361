import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Secure Communities - working model",
  description: "IDENT/IAFIS interoperability under the Secure Communities MOA: a working model with synthetic data.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="top">
          <strong>Secure Communities</strong> <span className="muted">IDENT/IAFIS interoperability - working model, synthetic data</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
