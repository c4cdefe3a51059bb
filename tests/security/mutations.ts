// Mutations of real mails for the fuzzer: byte flips, truncation, broken boundaries, header floods,
// deep nesting, very long lines, huge base64 and repeated parts. Deterministic for a given seed.

export type Random = () => number;

/** Mulberry32: a small seeded generator, so that a failing input can be made again from its seed. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function flipBytes(input: Buffer, random: Random): Buffer {
  const out = Buffer.from(input);
  for (let i = between(random, 1, 32); i > 0 && out.length; i--)
    out[between(random, 0, out.length - 1)] = between(random, 0, 255);
  return out;
}

function truncate(input: Buffer, random: Random): Buffer {
  return input.subarray(0, between(random, 0, input.length));
}

function breakBoundaries(input: Buffer, random: Random): Buffer {
  const text = input.toString('latin1');
  const broken = text.replace(/boundary="?([^";\r\n]+)"?/gi, (match, boundary: string) =>
    random() < 0.5 ? match.replace(boundary, `${boundary}x`) : 'boundary=',
  );
  return Buffer.from(
    broken.replace(/^--[^\r\n]+--\s*$/gm, () => (random() < 0.5 ? '' : '--')),
    'latin1',
  );
}

function headerFlood(input: Buffer, random: Random): Buffer {
  const lines = Array.from(
    { length: between(random, 1_000, 20_000) },
    (_, i) => `X-Flood-${i}: ${'v'.repeat(between(random, 1, 200))}\r\n`,
  );
  return Buffer.concat([Buffer.from(lines.join(''), 'latin1'), input]);
}

function deepNesting(input: Buffer, random: Random): Buffer {
  let message = input;
  for (let depth = between(random, 10, 60); depth > 0; depth--) {
    const boundary = `nest${depth}`;
    message = Buffer.concat([
      Buffer.from(
        `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: message/rfc822\r\n\r\n`,
      ),
      message,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
  }
  return message;
}

function longLine(input: Buffer, random: Random): Buffer {
  const at = between(random, 0, input.length);
  return Buffer.concat([
    input.subarray(0, at),
    Buffer.alloc(between(random, 100_000, 4_000_000), pick(random, [0x41, 0x3c, 0x3d, 0x20])),
    input.subarray(at),
  ]);
}

function hugeBase64(input: Buffer, random: Random): Buffer {
  const size = between(random, 1_000_000, 8_000_000);
  const body = Buffer.alloc(size, 'QUFB')
    .toString('latin1')
    .replace(/(.{76})/g, '$1\r\n');
  return Buffer.from(
    `Content-Type: multipart/mixed; boundary="b64"\r\n\r\n--b64\r\nContent-Type: text/html\r\n\r\n${input.toString('latin1').slice(0, 2000)}\r\n` +
      `--b64\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--b64--\r\n`,
    'latin1',
  );
}

function repeatedParts(input: Buffer, random: Random): Buffer {
  const part = `--rep\r\nContent-Type: text/html\r\n\r\n<img src="https://t.example/${between(random, 0, 9)}.gif">\r\n`;
  return Buffer.from(
    `Content-Type: multipart/mixed; boundary="rep"\r\n\r\n${part.repeat(between(random, 100, 6_000))}--rep--\r\n`,
    'latin1',
  );
}

export const MUTATIONS = {
  flipBytes,
  truncate,
  breakBoundaries,
  headerFlood,
  deepNesting,
  longLine,
  hugeBase64,
  repeatedParts,
};
export type MutationName = keyof typeof MUTATIONS;

/** The heavy mutations are rarer, so a run stays mostly fast while still covering them. */
const WEIGHTED: readonly MutationName[] = [
  ...Array<MutationName>(10).fill('flipBytes'),
  ...Array<MutationName>(6).fill('truncate'),
  ...Array<MutationName>(6).fill('breakBoundaries'),
  'headerFlood',
  'deepNesting',
  'longLine',
  'hugeBase64',
  'repeatedParts',
];

export function mutate(seed: Buffer, random: Random): { name: MutationName; bytes: Buffer } {
  const name = pick(random, WEIGHTED);
  return { name, bytes: MUTATIONS[name](seed, random) };
}
