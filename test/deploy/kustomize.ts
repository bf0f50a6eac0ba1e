import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/** One rendered Kubernetes object. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: any;
}

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string }[];
  labels?: { pairs: Record<string, string> }[];
  generatorOptions?: { disableNameSuffixHash?: boolean };
  configMapGenerator?: Generator[];
  secretGenerator?: Generator[];
  patches?: { target: { kind: string; name: string }; patch: string }[];
}
interface Generator {
  name: string;
  behavior?: 'create' | 'merge';
  literals: string[];
}
type PatchOp = { op: 'add' | 'replace' | 'remove'; path: string; value?: unknown };

// The subset of kustomize that deploy/k8s uses. Anything else fails loudly rather than rendering wrong.
const SUPPORTED = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'images',
  'labels',
  'generatorOptions',
  'configMapGenerator',
  'secretGenerator',
  'patches',
]);

/** Renders a kustomization directory like `kustomize build` does for the features listed above. */
export function kustomize(dir: string): Manifest[] {
  const k = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) throw new Error(`${dir}: kustomization fields not rendered by this test: ${unsupported.join(', ')}`);
  const manifests = (k.resources ?? []).flatMap((entry) => loadResource(resolve(dir, entry)));
  generate(manifests, k);
  for (const { target, patch } of k.patches ?? []) {
    const matches = manifests.filter((m) => m.kind === target.kind && m.metadata.name === target.name);
    if (matches.length === 0) throw new Error(`${dir}: patch target ${target.kind}/${target.name} not found`);
    for (const manifest of matches) for (const op of parse(patch) as PatchOp[]) applyPatch(manifest, op);
  }
  for (const manifest of manifests) {
    if (k.namespace) manifest.metadata.namespace = k.namespace;
    for (const { pairs } of k.labels ?? []) manifest.metadata.labels = { ...manifest.metadata.labels, ...pairs };
    for (const image of k.images ?? []) retag(manifest, image);
  }
  return manifests;
}

function loadResource(path: string): Manifest[] {
  if (statSync(path).isDirectory()) return kustomize(path);
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((doc) => doc.toJS() as Manifest)
    .filter(Boolean);
}

function generate(manifests: Manifest[], k: Kustomization): void {
  const generators = [
    ...(k.configMapGenerator ?? []).map((g) => ({ g, kind: 'ConfigMap', field: 'data', encode: (v: string) => v })),
    ...(k.secretGenerator ?? []).map((g) => ({ g, kind: 'Secret', field: 'data', encode: (v: string) => Buffer.from(v).toString('base64') })),
  ];
  if (generators.length > 0 && !k.generatorOptions?.disableNameSuffixHash) throw new Error('generators need disableNameSuffixHash: true here');
  for (const { g, kind, field, encode } of generators) {
    const data = Object.fromEntries(g.literals.map((literal) => [literal.slice(0, literal.indexOf('=')), encode(literal.slice(literal.indexOf('=') + 1))]));
    if (g.behavior === 'merge') {
      const existing = manifests.find((m) => m.kind === kind && m.metadata.name === g.name);
      if (!existing) throw new Error(`merge into missing ${kind}/${g.name}`);
      existing[field] = { ...existing[field], ...data };
    } else {
      manifests.push({ apiVersion: 'v1', kind, metadata: { name: g.name }, ...(kind === 'Secret' ? { type: 'Opaque' } : {}), [field]: data });
    }
  }
}

/** JSON Patch (RFC 6902) add / replace / remove. */
function applyPatch(target: any, { op, path, value }: PatchOp): void {
  const keys = path
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop() as string;
  const parent = keys.reduce((node, key) => {
    if (node?.[key] === undefined) throw new Error(`patch path ${path} does not exist`);
    return node[key];
  }, target);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (op === 'add') parent.splice(index, 0, value);
    else if (op === 'remove') parent.splice(index, 1);
    else parent[index] = value;
    return;
  }
  if (op !== 'add' && !(last in parent)) throw new Error(`patch path ${path} does not exist`);
  if (op === 'remove') delete parent[last];
  else parent[last] = value;
}

export function podSpec(manifest: Manifest): any {
  return manifest.spec?.template?.spec;
}

function retag(manifest: Manifest, image: { name: string; newName?: string; newTag?: string }): void {
  for (const container of [...(podSpec(manifest)?.containers ?? []), ...(podSpec(manifest)?.initContainers ?? [])]) {
    const [name, tag] = String(container.image).split(':');
    if (name !== image.name) continue;
    container.image = `${image.newName ?? name}${(image.newTag ?? tag) ? `:${image.newTag ?? tag}` : ''}`;
  }
}
