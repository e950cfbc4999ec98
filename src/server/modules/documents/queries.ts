import { and, eq } from 'drizzle-orm';
import { OUTPUT_LABELS, type DocumentPage, type OutputKind, type VersionComparison, type VersionDetail } from '../../../shared/contracts/documents.js';
import { sectionText, type StrategyDocument } from '../../../shared/strategy-document.js';
import { lineDiff } from '../../../shared/text/line-diff.js';
import type { Db } from '../../platform/db/client.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { composeDocument, freeKey, orderedKeys, type FreeSection } from './compose/compose-document.js';
import { documentSettings, loadVersion } from './load.js';
import { assertPublishable } from './publish-gate.js';
import { documentFreeSections, documentOutputs } from './tables.js';
import { composeYouSaidWeDid } from './you-said/compose-you-said.js';
import { publicReader } from './you-said/reader.js';
import { organisations } from '../organisations/index.js';
import { loadStrategy } from '../strategies/index.js';
import { versionSummaries } from './versions.js';

/** The live draft with hidden sections left out: what freezing now would keep. */
export async function composeDraft(db: Db, actor: Actor, strategyId: string, publicUrl: string) {
  const { strategy, settings } = await documentSettings(db, actor, strategyId);
  const composed = await composeDocument(db, actor, settings, publicUrl);
  const document: StrategyDocument = { ...composed.document, sections: composed.document.sections.filter((s) => !composed.hidden.has(s.key)) };
  return { strategy, settings, composed, document, poster: composed.poster };
}

/** The composer's page: settings, the layout with every section (hidden too), the live draft and the versions. */
export async function documentPage(db: Db, actor: Actor, strategyId: string, publicUrl: string): Promise<DocumentPage> {
  if (!can(actor.member.role, 'update', 'document')) {
    const { strategy, settings } = await documentSettings(db, actor, strategyId);
    return {
      strategyId: strategy.id,
      settings: { title: settings.title, foreword: settings.foreword, governance: settings.governance, heardIsPublic: settings.heardIsPublic },
      layout: [],
      draft: null,
      versions: await versionSummaries(db, strategy.id),
      can: { edit: false },
    };
  }
  const { strategy, settings, composed, document } = await composeDraft(db, actor, strategyId, publicUrl);
  const free: FreeSection[] = await db.select().from(documentFreeSections).where(eq(documentFreeSections.strategyId, strategy.id));
  const freeByKey = new Map(free.map((f) => [freeKey(f.id), f]));
  const titles = new Map(composed.document.sections.map((s) => [s.key, s.title]));
  return {
    strategyId: strategy.id,
    settings: { title: settings.title, foreword: settings.foreword, governance: settings.governance, heardIsPublic: settings.heardIsPublic },
    layout: orderedKeys(settings, free).map(({ key, hidden }) => {
      const own = freeByKey.get(key);
      return { key, title: titles.get(key) ?? key, source: own ? 'free' : 'model', hidden, freeId: own?.id ?? null, body: own?.body ?? '' };
    }),
    draft: document,
    versions: await versionSummaries(db, strategy.id),
    can: { edit: !strategy.archivedAt && can(actor.member.role, 'update', 'document') },
  };
}

export async function versionDetail(db: Db, actor: Actor, versionId: string, publicUrl: string): Promise<VersionDetail> {
  const { version, strategy } = await loadVersion(db, actor, versionId);
  const summary = (await versionSummaries(db, strategy.id)).find((v) => v.id === version.id)!;
  const { settings } = await documentSettings(db, actor, strategy.id);
  const base = settings.publicSlug ? `${publicUrl.replace(/\/$/, '')}/p/${settings.publicSlug}` : null;
  const publicAddress = !base || summary.state === 'frozen' ? null : summary.state === 'published' ? base : `${base}/v/${version.number}`;
  const publishable = await assertPublishable(db, version.id).then(() => true, () => false);
  const outputs = await db.select({ kind: documentOutputs.kind, size: documentOutputs.size, sha256: documentOutputs.sha256 }).from(documentOutputs).where(eq(documentOutputs.versionId, version.id));
  return {
    ...summary,
    strategyId: strategy.id,
    publicAddress,
    canPublish: publishable && summary.state !== 'published' && !strategy.archivedAt && can(actor.member.role, 'update', 'document'),
    document: version.content,
    outputs: outputs.sort((a, b) => a.kind.localeCompare(b.kind)).map((o) => ({ ...o, label: OUTPUT_LABELS[o.kind] })),
  };
}

/** Section by section: which were added, removed or changed between two versions (or a version and the live draft), line by line. */
export async function compareVersions(db: Db, actor: Actor, fromId: string, otherId: string, publicUrl: string): Promise<VersionComparison> {
  const { version: from } = await loadVersion(db, actor, fromId);
  let to: { id: string | null; number: number | null; document: StrategyDocument };
  if (otherId === 'draft') {
    // The live draft is the team's: leaders compare frozen versions only.
    if (!can(actor.member.role, 'update', 'document')) throw forbidden('Only the strategy team can compare with the live draft. Compare two frozen versions instead.');
    to = { id: null, number: null, document: (await composeDraft(db, actor, from.strategyId, publicUrl)).document };
  } else {
    const { version } = await loadVersion(db, actor, otherId);
    if (version.strategyId !== from.strategyId) throw notFound('The version to compare with');
    to = { id: version.id, number: version.number, document: version.content };
  }
  const before = new Map(from.content.sections.map((s) => [s.key, s]));
  const after = new Map(to.document.sections.map((s) => [s.key, s]));
  const keys = [...new Set([...to.document.sections.map((s) => s.key), ...from.content.sections.map((s) => s.key)])];
  return {
    from: { id: from.id, number: from.number },
    to: { id: to.id, number: to.number },
    sections: keys.map((key) => {
      const a = before.get(key);
      const b = after.get(key);
      const textA = a ? `${a.title}\n${sectionText(a)}` : '';
      const textB = b ? `${b.title}\n${sectionText(b)}` : '';
      const change = !a ? 'added' : !b ? 'removed' : textA === textB ? 'unchanged' : 'changed';
      return { key, title: (b ?? a)!.title, change, lines: change === 'unchanged' ? [] : lineDiff(textA, textB) };
    }),
  };
}

/** The stored bytes of one output of a version, exactly as made when it was frozen. */
export async function outputFile(db: Db, actor: Actor, versionId: string, kind: OutputKind) {
  const { version, strategy } = await loadVersion(db, actor, versionId);
  const [row] = await db.select().from(documentOutputs).where(and(eq(documentOutputs.versionId, version.id), eq(documentOutputs.kind, kind)));
  if (!row) throw notFound('That download');
  return { version, strategy, bytes: Buffer.from(row.bytes), sha256: row.sha256 };
}

/** The workspace's "you said, we did": the same tree the public page shows, composed now. */
export async function youSaidWeDid(db: Db, actor: Actor, strategyId: string): Promise<StrategyDocument> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [org] = await db.select({ name: organisations.name, accentColour: organisations.accentColour }).from(organisations).where(eq(organisations.id, strategy.organisationId));
  return composeYouSaidWeDid(db, publicReader(strategy.organisationId), strategy, org!);
}
