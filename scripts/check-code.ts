// `npm test`'s first step: `astro check` (types, .astro files included) and `npm run lint` (Prettier,
// typescript-eslint) side by side, each mostly on one core; each one's output printed whole when it ends.
// Exits non-zero when either fails.
import { spawn } from 'node:child_process';

function run(command: string, args: string[]): Promise<{ label: string; code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ label: `${command} ${args.join(' ')}`, code: code ?? 1, output }));
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await Promise.all([run(npm, ['run', '-s', 'check']), run(npm, ['run', '-s', 'lint'])]);
for (const { label, code, output } of results) {
  console.log(`\n> ${label}${code === 0 ? '' : ` (failed, exit code ${code})`}\n${output.trimEnd()}`);
}
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
