// Sign-in: the system-use banner the server shows (auth.banner), then the
// username and the password (masked). Tab or Enter moves to the next field; Enter
// on the password signs in. A refusal (wrong password, locked account) is one line.
import { Box, Text, useInput } from "ink";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ApiClient } from "@sc/client";
import { describeFailure } from "../../../api/errors";
import { wrapWords } from "../../../render/wrap";
import { useLoad } from "../hooks";
import { KEYS } from "../keys";
import { Field } from "../components/Field";

export interface SignInProps {
  readonly anonymous: ApiClient;
  readonly width: number;
  readonly height: number;
  /** Signs in and opens the desks; throws the server's refusal. */
  readonly signIn: (username: string, password: string) => Promise<void>;
  readonly setTyping: (typing: boolean) => void;
}

export function SignIn({ anonymous, width, height, signIn, setTyping }: SignInProps): ReactNode {
  const [banner] = useLoad(() => anonymous.auth.banner.query(), [anonymous]);
  const [field, setFieldState] = useState<"username" | "password">("username");
  // Which field has focus, known at once: a person typing the password right after
  // Enter must not have the first keys land in the username before React re-renders.
  const focused = useRef<"username" | "password">("username");
  const setField = (next: "username" | "password") => {
    focused.current = next;
    setFieldState(next);
  };
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  useEffect(() => setTyping(true), [setTyping]);

  useInput((input, key) => {
    if (KEYS.next.matches(input, key) || (key.upArrow && field === "password") || (key.downArrow && field === "username")) setField(field === "username" ? "password" : "username");
  });

  const submit = async (password: string) => {
    if (username.trim() === "") return setField("username");
    if (password === "") return setField("password");
    setWorking(true);
    setProblem(null);
    try {
      await signIn(username.trim(), password);
      setTyping(false);
    } catch (error) {
      setProblem(describeFailure(error, undefined, { interactive: true }).message);
      setPassword("");
      setField("password");
    } finally {
      setWorking(false);
    }
  };

  const bannerLines = banner.status === "ok" ? banner.value.text.split("\n").flatMap((l) => wrapWords(l, width - 6)) : [banner.status === "error" ? banner.message : "loading the banner…"];
  return (
    <Box flexDirection="column" paddingX={1}>
      <Box flexDirection="column" borderStyle="single" paddingX={1}>
        {bannerLines.slice(0, Math.max(3, height - 9)).map((line, i) => (
          <Text key={i} color={banner.status === "error" ? "red" : undefined}>
            {line === "" ? " " : line}
          </Text>
        ))}
      </Box>
      <Box>
        <Text bold={field === "username"}>{"username: "}</Text>
        <Field value={username} onChange={setUsername} focus={field === "username" && !working} hasFocus={() => focused.current === "username" && !working} onSubmit={() => setField("password")} />
      </Box>
      <Box>
        <Text bold={field === "password"}>{"password: "}</Text>
        <Field value={password} onChange={setPassword} mask="*" focus={field === "password" && !working} hasFocus={() => focused.current === "password" && !working} onSubmit={(typed) => void submit(typed)} />
      </Box>
      <Text color="red">{problem ?? (working ? "signing in…" : " ")}</Text>
    </Box>
  );
}
