/** One input sent: enough to replay it by hand when it fails. */
export interface SentInput {
  readonly method: string;
  readonly url: string;
  readonly contentType?: string;
  readonly body?: string;
  /** The route it exercises, as the app declares it. */
  readonly route: string;
}

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/** Sends `inputs` with at most `parallel` in flight, handing each answer to `check`. */
export async function sendAll(
  inputs: readonly SentInput[],
  parallel: number,
  send: (input: SentInput) => Promise<Answer>,
  check: (input: SentInput, answer: Answer) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const input = inputs[next++]!;
      check(input, await send(input));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** A short, printable form of an input for a failure message (long strings cut). */
export function describeInput(input: SentInput, answer?: Answer): string {
  const cut = (s: string | undefined, n: number) =>
    s === undefined ? '' : JSON.stringify(s.length > n ? `${s.slice(0, n)}…(${s.length})` : s);
  return [
    `${input.method} ${input.url.length > 300 ? `${input.url.slice(0, 300)}…` : input.url}`,
    input.contentType ? `content-type ${input.contentType}` : '',
    input.body !== undefined ? `body ${cut(input.body, 300)}` : '',
    answer ? `→ ${answer.status} ${cut(answer.text, 300)}` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
}
