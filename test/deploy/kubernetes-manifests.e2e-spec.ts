import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { QueueName } from '@app/jobs';
import { App, startProblems } from './app-start-env';
import { kustomize, Manifest, podSpec } from './kustomize';

const K8S = join(__dirname, '../../deploy/k8s');
const OVERLAYS = ['dev', 'prod'] as const;

/** The kubernetes-models (or KEDA models) class of a manifest; its validate() checks it against the Kubernetes schema. */
function modelClass(manifest: Manifest): new (data: object) => { validate(): void } {
  const [group, version] = manifest.apiVersion.includes('/') ? manifest.apiVersion.split('/') : ['', manifest.apiVersion];
  const module = group === 'keda.sh' ? `@kubernetes-models/keda/keda.sh/${version}` : `kubernetes-models/${group ? `${group}/` : ''}${version}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is named by the manifest's apiVersion, known only at run time.
  const model = (require(module) as Record<string, new (data: object) => { validate(): void }>)[manifest.kind];
  if (!model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`);
  return model;
}

function find(manifests: Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`${kind}/${name} is not rendered`);
  return found;
}

/** The environment a container starts with: ConfigMaps (envFrom), literal values and Secret keys. */
function containerEnv(manifests: Manifest[], container: any, secretValue: (name: string, key: string) => string | undefined) {
  const env: Record<string, string | undefined> = {};
  for (const source of container.envFrom ?? []) {
    if (!source.configMapRef) throw new Error('only configMapRef is expected in envFrom');
    Object.assign(env, find(manifests, 'ConfigMap', source.configMapRef.name).data);
  }
  for (const entry of container.env ?? []) {
    const ref = entry.valueFrom?.secretKeyRef;
    const configRef = entry.valueFrom?.configMapKeyRef;
    if (ref) env[entry.name] = secretValue(ref.name, ref.key) ?? (ref.optional ? undefined : `<missing secret ${ref.name}/${ref.key}>`);
    else if (configRef) env[entry.name] = find(manifests, 'ConfigMap', configRef.name).data[configRef.key];
    else env[entry.name] = entry.value;
  }
  return env;
}

describe.each(OVERLAYS)('Kubernetes manifests, %s overlay', (overlay) => {
  const manifests = kustomize(join(K8S, 'overlays', overlay));
  const config = find(manifests, 'ConfigMap', 'game-platform-sync-config').data as Record<string, string>;
  const api = find(manifests, 'Deployment', 'game-platform-sync-api');
  const worker = find(manifests, 'Deployment', 'game-platform-sync-worker');
  const migrate = find(manifests, 'Job', 'game-platform-sync-migrate');
  const generatedSecret = manifests.find((m) => m.kind === 'Secret' && m.metadata.name === 'game-platform-sync-secrets');
  // dev generates the Secret; prod's is managed outside the repository, with the keys of secrets.example.env.
  const secretData: Record<string, string | undefined> = generatedSecret
    ? Object.fromEntries(Object.entries(generatedSecret.data as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]))
    : parseEnv(readFileSync(join(K8S, 'overlays', overlay, 'secrets.example.env'), 'utf8'));
  const secretValue = (name: string, key: string) => (name === 'game-platform-sync-secrets' ? secretData[key] : undefined);

  it('every manifest is valid against the Kubernetes (and KEDA) schemas', () => {
    const invalid = manifests.flatMap((manifest) => {
      try {
        new (modelClass(manifest))(manifest).validate();
        return [];
      } catch (error) {
        return [`${manifest.kind}/${manifest.metadata.name}: ${(error as Error).message}`];
      }
    });
    expect(invalid).toEqual([]);
    expect(new Set(manifests.map((m) => m.metadata.namespace))).toEqual(new Set([`game-platform-sync${overlay === 'dev' ? '-dev' : ''}`]));
  });

  it.each([
    ['api', api],
    ['worker', worker],
  ])('%s: probes on /health/live and /health/ready, resources, non-root and read-only, grace above SHUTDOWN_GRACE_MS', (_, deployment) => {
    const pod = podSpec(deployment);
    const [container] = pod.containers;
    expect(container.livenessProbe.httpGet.path).toBe('/health/live');
    expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(container.startupProbe.httpGet.path).toBe('/health/live');
    expect(container.resources).toEqual({
      requests: { cpu: expect.any(String), memory: expect.any(String) },
      limits: { cpu: expect.any(String), memory: expect.any(String) },
    });
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number) });
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    const preStopSeconds = Number(container.lifecycle?.preStop?.exec?.command?.[1] ?? 0);
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(config.SHUTDOWN_GRACE_MS) + preStopSeconds * 1000);
    expect(container.image).toMatch(/:[\w.-]+$/);
  });

  it.each<[App, Manifest]>([
    ['api', api],
    ['worker', worker],
  ])('%s: the ConfigMap and Secret provide every variable it requires at start', (app, deployment) => {
    const env = containerEnv(manifests, podSpec(deployment).containers[0], secretValue);
    expect(startProblems(app, env)).toEqual([]);
  });

  it('the migration Job runs Prisma migrate deploy with DATABASE_URL from the Secret', () => {
    const [container] = podSpec(migrate).containers;
    expect(container.command.slice(-4)).toEqual(['node', 'scripts/prisma.js', 'migrate', 'deploy']);
    expect(containerEnv(manifests, container, secretValue).DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
    expect(podSpec(migrate).restartPolicy).toBe('Never');
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
  });

  it('the api has a Service, an Ingress to it, a CPU HPA and a PodDisruptionBudget; the worker a PDB', () => {
    const labels = api.spec.template.metadata.labels;
    const service = find(manifests, 'Service', 'game-platform-sync-api');
    expect(labels).toMatchObject(service.spec.selector);
    const ingress = find(manifests, 'Ingress', 'game-platform-sync-api');
    expect(ingress.spec.rules[0].http.paths[0].backend.service.name).toBe(service.metadata.name);
    const hpa = find(manifests, 'HorizontalPodAutoscaler', 'game-platform-sync-api');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: api.metadata.name });
    expect(hpa.spec.metrics[0].resource.name).toBe('cpu');
    for (const deployment of [api, worker]) {
      const pdbs = manifests.filter(
        (m) =>
          m.kind === 'PodDisruptionBudget' && Object.entries(m.spec.selector.matchLabels).every(([k, v]) => deployment.spec.template.metadata.labels[k] === v),
      );
      expect(pdbs).toHaveLength(1);
    }
  });

  it('the worker scales on the BullMQ wait lists of its work queues (KEDA)', () => {
    const scaled = find(manifests, 'ScaledObject', 'game-platform-sync-worker');
    expect(scaled.spec.scaleTargetRef.name).toBe(worker.metadata.name);
    const lists = scaled.spec.triggers.map((trigger: any) => trigger.metadata.listName);
    expect(lists).toEqual([QueueName.Competitors, QueueName.Teams, QueueName.Sync].map((queue) => `${config.REDIS_KEY_PREFIX}:${queue}:wait`));
    const auth = find(manifests, 'TriggerAuthentication', scaled.spec.triggers[0].authenticationRef.name);
    for (const { name, key } of auth.spec.secretTargetRef) expect(secretValue(name, key)).toBeDefined();
  });
});
