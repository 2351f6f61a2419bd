/**
 * The platform table (Kubernetes, exit codes and signals, systemd, the OOM
 * killer, supervisor, pm2, Heroku, container registries) through the real log
 * reader: what kubectl, journalctl and platform logs print when a server fails.
 */
import { describe, expect, it } from 'vitest';
import { log, read } from './os-read.ts';

describe('Kubernetes', () => {
  it('kubectl describe pod: OOMKilled with exit code 137', () => {
    const r = read(
      log(
        'Containers:',
        '  app:',
        '    State:          Waiting',
        '      Reason:       CrashLoopBackOff',
        '    Last State:     Terminated',
        '      Reason:       OOMKilled',
        '      Exit Code:    137',
        '      Started:      Sun, 10 Mar 2024 14:01:02 +0000',
        '      Finished:     Sun, 10 Mar 2024 14:02:11 +0000',
        '    Ready:          False',
        '    Restart Count:  6',
      ),
    );
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('memory-limit');
    expect(r.rules).toEqual(expect.arrayContaining(['platform:CrashLoopBackOff', 'platform:OOMKilled', 'platform:exit-137']));
  });

  it("CrashLoopBackOff is a wrapper: the crashed run's log decides", () => {
    const r = read(
      log(
        '$ kubectl get pods',
        'NAME                   READY   STATUS             RESTARTS      AGE',
        'api-7d9f8b6c4-x2kqz    0/1     CrashLoopBackOff   6 (2m ago)    14m',
        '$ kubectl logs api-7d9f8b6c4-x2kqz --previous',
        '> api@1.4.2 start',
        '> node dist/server.js',
        'Error: connect ECONNREFUSED 10.0.3.12:5432',
        '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      ),
    );
    expect(r.look('platform:CrashLoopBackOff')).toMatch(/--previous/);
    expect(r.family).toBe('dependency-failure');
  });

  it('an image tag that does not exist', () => {
    const r = read(
      log(
        'api-7d9f8b6c4-x2kqz   0/1     ImagePullBackOff   0          3m',
        'Events:',
        '  Warning  Failed     2m (x4 over 3m)  kubelet  Failed to pull image "registry.example/api:1.4.3": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example/api:1.4.3": failed to resolve reference "registry.example/api:1.4.3": registry.example/api:1.4.3: not found',
        '  Warning  Failed     2m (x4 over 3m)  kubelet  Error: ErrImagePull',
        '  Normal   BackOff    1m (x6 over 3m)  kubelet  Back-off pulling image "registry.example/api:1.4.3"',
      ),
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.rules).toContain('platform:failed-to-pull-image#1');
  });

  it('pull credentials refused by a private registry', () => {
    const r = read(
      '  Warning  Failed  40s  kubelet  Failed to pull image "registry.example/api:1.4.3": rpc error: code = Unknown desc = failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized; unauthorized: authentication required',
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('bad-service-credentials');
  });

  it('an eviction for ephemeral storage is a full disk', () => {
    const r = read(
      log(
        'Status:           Failed',
        'Reason:           Evicted',
        'Message:          The node was low on resource: ephemeral-storage. Threshold quantity: 4Gi, available: 3156Mi. Container app was using 10Gi, which exceeds its request of 0.',
      ),
    );
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('disk-full');
  });

  it('FailedScheduling for lack of memory, and for an affinity no node matches', () => {
    const capacity = read(
      '  Warning  FailedScheduling  2m (x3 over 5m)  default-scheduler  0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    );
    expect(capacity.family).toBe('resource-exhaustion');
    expect(capacity.rules).toContain('platform:FailedScheduling#1');
    const affinity = read(
      "  Warning  FailedScheduling  2m (x3 over 5m)  default-scheduler  0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
    );
    expect(affinity.family).toBe('misconfiguration');
  });

  it('a missing ConfigMap behind a volume', () => {
    const r = read('  Warning  FailedMount  12s (x7 over 44s)  kubelet  MountVolume.SetUp failed for volume "config" : configmap "shop-config" not found');
    expect(r.cause).toBe('missing-env-var');
    expect(r.rules).toContain('platform:FailedMount#1');
  });

  it('a liveness probe timing out is a hung or overloaded app, not an upstream API', () => {
    const r = read(
      log(
        '  Warning  Unhealthy  2m (x9 over 6m)  kubelet  Liveness probe failed: Get "http://10.1.2.3:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        '  Normal   Killing    2m (x3 over 6m)  kubelet  Container app failed liveness probe, will be restarted',
      ),
    );
    expect(r.rules).not.toContain('signature:dotnet-go-http-timeout');
    expect(r.look('platform:liveness-probe-failed')).toMatch(/hung or overloaded/);
    expect(r.family).toBe('resource-exhaustion');
  });
});

describe('systemd, signals and the OOM killer', () => {
  it('status=217/USER: the unit names a user that does not exist', () => {
    const r = read(
      log(
        'Mar 10 14:02:11 web-1 systemd[1]: Started shop.service - Gunicorn for the shop.',
        'Mar 10 14:02:11 web-1 systemd[2841]: shop.service: Failed to determine user credentials: No such process',
        'Mar 10 14:02:11 web-1 systemd[2841]: shop.service: Failed at step USER spawning /srv/shop/venv/bin/gunicorn: No such process',
        'Mar 10 14:02:11 web-1 systemd[1]: shop.service: Main process exited, code=exited, status=217/USER',
        "Mar 10 14:02:11 web-1 systemd[1]: shop.service: Failed with result 'exit-code'.",
      ),
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.rules).toContain('platform:systemd-217');
  });

  it('status=203/EXEC then "Start request repeated too quickly": the program is not there', () => {
    const r = read(
      log(
        'Mar 10 14:02:11 web-1 systemd[2841]: shop.service: Failed to execute /srv/shop/venv/bin/gunicorn: No such file or directory',
        'Mar 10 14:02:11 web-1 systemd[2841]: shop.service: Failed at step EXEC spawning /srv/shop/venv/bin/gunicorn: No such file or directory',
        'Mar 10 14:02:11 web-1 systemd[1]: shop.service: Main process exited, code=exited, status=203/EXEC',
        "Mar 10 14:02:11 web-1 systemd[1]: shop.service: Failed with result 'exit-code'.",
        'Mar 10 14:02:12 web-1 systemd[1]: shop.service: Start request repeated too quickly.',
      ),
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.rules).toContain('platform:systemd-203');
    expect(r.look('platform:systemd-start-request-repeated')).toMatch(/journalctl/);
  });

  it("the kernel OOM killer and systemd's oom-kill result", () => {
    const r = read(
      log(
        'Mar 10 14:02:11 web-1 kernel: [812345.678800] gunicorn invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0',
        'Mar 10 14:02:11 web-1 kernel: [812345.678850] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/system.slice/shop.service,task_memcg=/system.slice/shop.service,task=gunicorn,pid=2841,uid=33',
        'Mar 10 14:02:11 web-1 kernel: [812345.678901] Memory cgroup out of memory: Killed process 2841 (gunicorn) total-vm:2457620kB, anon-rss:1873412kB, file-rss:0kB, shmem-rss:0kB, UID:33 pgtables:4123kB oom_score_adj:0',
        'Mar 10 14:02:11 web-1 systemd[1]: shop.service: A process of this unit has been killed by the OOM killer.',
        "Mar 10 14:02:11 web-1 systemd[1]: shop.service: Failed with result 'oom-kill'.",
      ),
    );
    expect(r.cause).toBe('memory-limit');
    expect(r.rules).toEqual(expect.arrayContaining(['platform:oom-kill-event', 'platform:systemd-result-oom-kill']));
  });

  it('PHP-FPM children dying of SIGSEGV: a native crash', () => {
    const r = read(
      log(
        '[10-Mar-2024 14:02:11] WARNING: [pool www] child 2841 exited on signal 11 (SIGSEGV - core dumped) after 0.812345 seconds from start',
        '[10-Mar-2024 14:02:11] NOTICE: [pool www] child 2850 started',
        '[10-Mar-2024 14:02:12] WARNING: [pool www] child 2850 exited on signal 11 (SIGSEGV - core dumped) after 0.791234 seconds from start',
      ),
    );
    expect(r.family).toBe('code-bug');
    expect(r.rules).toContain('platform:SIGSEGV');
  });

  it('an image built for another architecture', () => {
    const r = read(log('api-1  | exec /usr/local/bin/docker-entrypoint.sh: exec format error', 'api-1 exited with code 1'));
    expect(r.family).toBe('deployment-artifact');
    expect(r.rules).toContain('errno:ENOEXEC');
  });
});

describe('process managers and platforms', () => {
  it('supervisor cannot find the command and gives up', () => {
    const r = read(
      log(
        "2024-03-10 14:02:11,123 INFO spawnerr: can't find command '/srv/shop/venv/bin/gunicorn'",
        "2024-03-10 14:02:12,125 INFO spawnerr: can't find command '/srv/shop/venv/bin/gunicorn'",
        '2024-03-10 14:02:15,130 INFO gave up: shop entered FATAL state, too many start retries too quickly',
      ),
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-package');
    expect(r.look('platform:supervisor-gave-up')).toMatch(/stderr/);
  });

  it('pm2 restarting an app over its memory limit', () => {
    const r = read(
      'PM2        | [PM2][WORKER] Process 0 restarted because it exceeds --max-memory-restart value (current_memory=536870912 max_memory_limit=524288000 [octets])',
    );
    expect(r.cause).toBe('memory-limit');
  });

  it('Heroku H12 router timeouts', () => {
    const r = read(
      log(
        '2024-03-10T14:02:11.123456+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/reports/annual" host=shop.herokuapp.com request_id=3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 fwd="203.0.113.9" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=https',
        '2024-03-10T14:02:41.123456+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/reports/annual" host=shop.herokuapp.com request_id=4a2d3c8f-9b5e-4d2f-8c3a-7e6f8b9d0c12 fwd="203.0.113.9" dyno=web.2 connect=0ms service=30001ms status=503 bytes=0 protocol=https',
      ),
    );
    expect(r.cause).toBe('execution-time-limit');
    expect(r.rules).toContain('platform:heroku-H12');
  });

  it('Heroku H10 after a boot timeout: the dyno never bound $PORT', () => {
    const r = read(
      log(
        '2024-03-10T14:01:11.000000+00:00 heroku[web.1]: Starting process with command `node dist/server.js`',
        '2024-03-10T14:02:11.000000+00:00 heroku[web.1]: Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch',
        '2024-03-10T14:02:11.100000+00:00 heroku[web.1]: Stopping process with SIGKILL',
        '2024-03-10T14:02:11.300000+00:00 heroku[web.1]: State changed from starting to crashed',
        '2024-03-10T14:02:12.000000+00:00 heroku[router]: at=error code=H10 desc="App crashed" method=GET path="/" host=shop.herokuapp.com request_id=3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 fwd="203.0.113.9" dyno= connect= service= status=503 bytes= protocol=https',
      ),
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.rules).toEqual(expect.arrayContaining(['platform:heroku-R10', 'platform:heroku-H10']));
    expect(r.look('platform:heroku-H10')).toMatch(/heroku logs/);
  });

  it('Heroku R14 memory quota', () => {
    const r = read('2024-03-10T14:02:11.123456+00:00 heroku[web.1]: Error R14 (Memory quota exceeded)');
    expect(r.cause).toBe('memory-limit');
  });

  it('Docker Hub pull rate limit', () => {
    const r = read(
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.rules).toContain('platform:registry-toomanyrequests');
  });
});

describe('platform lines that must not count', () => {
  it('healthy pods, a clean systemd start and stop, a graceful SIGTERM and healthy router lines give no clue', () => {
    const r = read(
      log(
        'NAME                   READY   STATUS    RESTARTS   AGE',
        'api-7d9f8b6c4-x2kqz    1/1     Running   0          14m',
        'api-7d9f8b6c4-p9w2m    1/1     Running   0          14m',
        '  Normal  Pulled     2m  kubelet  Successfully pulled image "registry.example/api:1.4.2" in 1.2s',
        '  Normal  Started    2m  kubelet  Started container app',
        'Mar 10 14:02:11 web-1 systemd[1]: Started shop.service - Gunicorn for the shop.',
        'Mar 10 14:30:00 web-1 systemd[1]: Stopping shop.service - Gunicorn for the shop...',
        '[2024-03-10 14:30:00 +0000] [1187] [INFO] Handling signal: term',
        'Mar 10 14:30:01 web-1 app[2841]: received SIGTERM, shutting down gracefully',
        'Mar 10 14:30:01 web-1 systemd[1]: shop.service: Deactivated successfully.',
        '[10-Mar-2024 14:02:11] NOTICE: [pool www] child 2841 exited with code 0 after 3600.000000 seconds from start',
        '2024-03-10T14:02:11.123456+00:00 heroku[router]: at=info method=GET path="/" host=shop.herokuapp.com request_id=3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 fwd="203.0.113.9" dyno=web.1 connect=0ms service=12ms status=200 bytes=5120 protocol=https',
        '3f1c2b7e8a4d   registry.example/api:1.4.2   "node server.js"   5 minutes ago   Exited (0) 2 minutes ago',
      ),
    );
    expect(r.ours).toEqual([]);
  });
});
