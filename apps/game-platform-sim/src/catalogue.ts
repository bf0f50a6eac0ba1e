/** The platform's on-demand-lab catalogue: 403 challenges across 9 cybersecurity domains. */
export const CHALLENGE_DOMAINS = [
  'web',
  'crypto',
  'forensics',
  'reverse_engineering',
  'binary_exploitation',
  'osint',
  'networking',
  'cryptography',
  'linux',
] as const;

export type ChallengeDomain = (typeof CHALLENGE_DOMAINS)[number];

export interface Challenge {
  id: number;
  title: string;
  category: ChallengeDomain;
  points: number;
}

const DOMAIN_SIZES: Record<ChallengeDomain, number> = {
  web: 60,
  crypto: 40,
  forensics: 55,
  reverse_engineering: 45,
  binary_exploitation: 40,
  osint: 45,
  networking: 38,
  cryptography: 40,
  linux: 40,
};

const DOMAIN_NOUNS: Record<ChallengeDomain, readonly string[]> = {
  web: ['Cookie Jar', 'Login Portal', 'Template', 'Redirect'],
  crypto: ['Cipher', 'Keystream', 'Nonce', 'Padding'],
  forensics: ['Disk Image', 'Packet Capture', 'Memory Dump', 'Metadata'],
  reverse_engineering: ['Crackme', 'Obfuscator', 'Bytecode', 'Firmware'],
  binary_exploitation: ['Stack Frame', 'Heap Chunk', 'Format String', 'Return Address'],
  osint: ['Photo Trail', 'Username Hunt', 'Map Pin', 'Archive Search'],
  networking: ['Handshake', 'Subnet', 'DNS Record', 'Port Scan'],
  cryptography: ['RSA Modulus', 'Hash Chain', 'Signature', 'Block Mode'],
  linux: ['Permissions', 'Cron Job', 'Shell Escape', 'Log File'],
};

const ADJECTIVES = [
  'Hidden',
  'Broken',
  'Silent',
  'Rusty',
  'Curious',
  'Frozen',
  'Lost',
  'Twisted',
  'Sleepy',
  'Secret',
  'Tiny',
  'Ancient',
  'Noisy',
  'Clever',
  'Hollow',
  'Final',
] as const;

const POINT_LEVELS = [50, 100, 100, 150, 200, 250, 300, 400, 500] as const;

/** First challenge id; ids are contiguous from here, so lookup by id is an array index. */
export const FIRST_CHALLENGE_ID = 1001;

function buildCatalogue(): Challenge[] {
  const challenges: Challenge[] = [];
  for (const category of CHALLENGE_DOMAINS) {
    const nouns = DOMAIN_NOUNS[category];
    for (let i = 0; i < DOMAIN_SIZES[category]; i++) {
      const id = FIRST_CHALLENGE_ID + challenges.length;
      challenges.push({
        id,
        title: `${ADJECTIVES[i % ADJECTIVES.length]} ${nouns[Math.floor(i / ADJECTIVES.length) % nouns.length]}`,
        category,
        points: POINT_LEVELS[(id * 7) % POINT_LEVELS.length],
      });
    }
  }
  return challenges;
}

export const CHALLENGES: readonly Challenge[] = buildCatalogue();

export function challengeById(id: number): Challenge | undefined {
  return CHALLENGES[id - FIRST_CHALLENGE_ID];
}
