// The tests serve builds with the same static server the benchmark uses.
export { serveStatic, type StaticSite } from '../../src/site/static-server.ts';
