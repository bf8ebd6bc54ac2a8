// Runs one Astro build in its own process and prints {"seconds","peakRssMb"} as JSON, so the
// benchmark measures each build's time and peak memory on its own. (Pagefind's indexer runs as
// a separate binary; its memory is not in this process's peak.) Each site has a cache folder of
// its own: Astro keeps its content store there between builds.
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
const started = performance.now();
await build({ root, outDir, cacheDir, logLevel: 'error' });
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
