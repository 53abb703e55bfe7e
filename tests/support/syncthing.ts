// Real Syncthing for tests and the by-hand script: two (or more) instances on loopback only,
// each with its own temp home and random free ports, sharing one folder. Global and local
// discovery, relays, NAT traversal, usage and crash reporting are all off, so nothing leaves
// the machine. Each instance gets a generated API key; the REST API triggers rescans (so a
// test needn't wait for the file watcher) and reports when a peer is fully in sync.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SYNCTHING_BIN = process.env.SYNCTHING_BIN ?? '/usr/bin/syncthing';
export const FOLDER_ID = 'nuzzle-shared';

/** Why real-Syncthing tests can't run here, or null when they can. */
export function syncthingMissing(): string | null {
  if (!existsSync(SYNCTHING_BIN)) return `syncthing is not installed at ${SYNCTHING_BIN}`;
  const r = spawnSync(SYNCTHING_BIN, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? null : `syncthing at ${SYNCTHING_BIN} does not run`;
}

/** A free TCP port on loopback (the OS picks it; it is released just before use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SyncthingPeer {
  name: string;
  home: string;
  /** The synced folder on this instance: point Nuzzle's shared folder here. */
  folder: string;
  deviceId: string;
  apiKey: string;
  guiPort: number;
  syncPort: number;
}

export interface SyncthingInstance extends SyncthingPeer {
  process: ChildProcess;
  /** Asks Syncthing to look at the folder now (instead of waiting for its next rescan). */
  scan(): Promise<void>;
  /** True when `peer` has everything this instance has and nothing is being pulled here. */
  inSyncWith(peer: SyncthingPeer): Promise<boolean>;
  rest(path: string, method?: 'GET' | 'POST'): Promise<unknown>;
}

function generate(name: string, root: string): Omit<SyncthingPeer, 'guiPort' | 'syncPort'> {
  const home = join(root, `${name}-home`);
  const folder = join(root, `${name}-folder`);
  mkdirSync(home, { recursive: true });
  mkdirSync(join(folder, '.stfolder'), { recursive: true });
  const r = spawnSync(SYNCTHING_BIN, ['generate', `--home=${home}`, '--no-default-folder'], {
    encoding: 'utf8',
    env: { ...process.env, STNOUPGRADE: '1' },
  });
  const id = /Device ID:\s*([A-Z0-9-]{50,})/.exec(`${r.stdout}\n${r.stderr}`)?.[1];
  if (r.status !== 0 || !id) throw new Error(`syncthing generate failed: ${r.stderr}`);
  return { name, home, folder, deviceId: id, apiKey: randomBytes(16).toString('hex') };
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A complete config: both devices known, one shared folder, everything off the network. */
function configXml(self: SyncthingPeer, peers: SyncthingPeer[]): string {
  const all = [self, ...peers];
  const folderDevices = all.map((p) => `<device id="${p.deviceId}"></device>`).join('');
  const devices = all
    .map(
      (p) =>
        `<device id="${p.deviceId}" name="${p.name}" compression="metadata" introducer="false">` +
        `<address>tcp://127.0.0.1:${String(p.syncPort)}</address><autoAcceptFolders>false</autoAcceptFolders></device>`,
    )
    .join('\n  ');
  return `<configuration version="36">
  <folder id="${FOLDER_ID}" label="Nuzzle" path="${xml(self.folder)}" type="sendreceive" rescanIntervalS="1" fsWatcherEnabled="false" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>${folderDevices}
    <minDiskFree unit="%">0</minDiskFree><markerName>.stfolder</markerName>
  </folder>
  ${devices}
  <gui enabled="true" tls="false" debugging="false"><address>127.0.0.1:${String(self.guiPort)}</address><apikey>${self.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${String(self.syncPort)}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <crashReportingEnabled>false</crashReportingEnabled>
    <startBrowser>false</startBrowser>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <reconnectionIntervalS>1</reconnectionIntervalS>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function instance(peer: SyncthingPeer, child: ChildProcess): SyncthingInstance {
  async function rest(path: string, method: 'GET' | 'POST' = 'GET'): Promise<unknown> {
    const res = await fetch(`http://127.0.0.1:${String(peer.guiPort)}${path}`, {
      method,
      headers: { 'X-API-Key': peer.apiKey },
    });
    if (!res.ok) throw new Error(`syncthing ${peer.name} ${path}: HTTP ${String(res.status)}`);
    const text = await res.text();
    return text ? (JSON.parse(text) as unknown) : null;
  }
  return {
    ...peer,
    process: child,
    rest,
    async scan() {
      await rest(`/rest/db/scan?folder=${FOLDER_ID}`, 'POST');
    },
    async inSyncWith(other) {
      const c = (await rest(
        `/rest/db/completion?folder=${FOLDER_ID}&device=${other.deviceId}`,
      )) as { needBytes: number; needItems: number; needDeletes: number };
      const here = (await rest(`/rest/db/status?folder=${FOLDER_ID}`)) as {
        needTotalItems: number;
        state: string;
      };
      return (
        c.needItems + c.needDeletes === 0 && here.needTotalItems === 0 && here.state === 'idle'
      );
    },
  };
}

async function waitForApi(s: SyncthingInstance, deadline: number): Promise<void> {
  for (;;) {
    try {
      await s.rest('/rest/system/ping');
      return;
    } catch (error) {
      if (Date.now() > deadline || s.process.exitCode !== null) {
        throw new Error(`syncthing ${s.name} did not start`, { cause: error });
      }
      await sleep(100);
    }
  }
}

export interface SyncthingCluster {
  root: string;
  peers: SyncthingInstance[];
  /** Rescans every instance, then waits until every pair of peers is in sync. */
  flush(timeoutMs?: number): Promise<void>;
  /** Waits until both peers are connected to each other. */
  connected(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts one Syncthing per name, all sharing FOLDER_ID with each other. */
export async function startSyncthing(names: string[] = ['a', 'b']): Promise<SyncthingCluster> {
  const root = mkdtempSync(join(tmpdir(), 'nuzzle-syncthing-'));
  const made: SyncthingPeer[] = [];
  for (const name of names) {
    made.push({ ...generate(name, root), guiPort: await freePort(), syncPort: await freePort() });
  }
  const peers = made.map((p) => {
    writeFileSync(
      join(p.home, 'config.xml'),
      configXml(
        p,
        made.filter((o) => o !== p),
      ),
    );
    const child = spawn(
      SYNCTHING_BIN,
      ['serve', `--home=${p.home}`, '--no-browser', '--no-restart', '--no-upgrade'],
      { stdio: 'ignore', env: { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1' } },
    );
    return instance(p, child);
  });
  const cluster: SyncthingCluster = {
    root,
    peers,
    async flush(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      await Promise.all(peers.map((p) => p.scan()));
      for (;;) {
        const checks = await Promise.all(
          peers.flatMap((p) => peers.filter((o) => o !== p).map((o) => p.inSyncWith(o))),
        );
        if (checks.every(Boolean)) return;
        if (Date.now() > deadline) throw new Error('syncthing peers did not get in sync');
        await sleep(150);
      }
    },
    async connected(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const all = await Promise.all(
          peers.map(async (p) => {
            const c = (await p.rest('/rest/system/connections')) as {
              connections: Record<string, { connected: boolean }>;
            };
            return peers.every((o) => o === p || c.connections[o.deviceId]?.connected === true);
          }),
        );
        if (all.every(Boolean)) return;
        if (Date.now() > deadline) throw new Error('syncthing peers did not connect');
        await sleep(150);
      }
    },
    async stop() {
      await Promise.all(
        peers.map(
          (p) =>
            new Promise<void>((resolve) => {
              if (p.process.exitCode !== null) return resolve();
              p.process.once('exit', () => resolve());
              p.process.kill('SIGTERM');
            }),
        ),
      );
      rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    const deadline = Date.now() + 20_000;
    await Promise.all(peers.map((p) => waitForApi(p, deadline)));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
