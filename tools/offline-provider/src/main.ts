/**
 * Entry point of the offline provider plugins: `node main.js <pkg> <version> <engine-address> ...`,
 * as the shims written by `writeProviderShims` start it. Prints the port on stdout (the first line is
 * all the engine reads) and serves until killed. Set RAMPART_OFFLINE_PROVIDER_LOG to a file path to
 * get one line per RPC there.
 */
import { appendFileSync } from "node:fs";
import { startOfflineProvider } from "./provider";

async function main(argv: string[]): Promise<void> {
  const [pkg, version] = argv;
  if (!pkg || !version) {
    process.stderr.write("rampart: usage: offline-provider <package> <version> [engine-address]\n");
    process.exit(2);
  }
  const logFile = process.env.RAMPART_OFFLINE_PROVIDER_LOG;
  const log = logFile ? (line: string) => appendFileSync(logFile, `${pkg}@${version} ${line}\n`) : undefined;
  const server = await startOfflineProvider({ pkg, version, log });
  process.stdout.write(`${server.port}\n`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`rampart: offline provider failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
