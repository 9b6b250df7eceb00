/** What a node of a rating tree stands for, from its position and id: index, service, stage, indicator or group. */
import type { TreeNode } from '../core/tree.js';

export type NodeKind = 'index' | 'service' | 'stage' | 'indicator' | 'group';

export interface KindContext {
  readonly serviceIds: ReadonlySet<string>;
  readonly stageIds: ReadonlySet<string>;
}

/**
 * Root → index; leaf → indicator; an id equal to a service id → service; an id `<service>.<stage>` or equal to a
 * stage id → stage; anything else → group.
 */
export function nodeKind(node: TreeNode, isLeaf: boolean, ctx: KindContext): NodeKind {
  if (node.parent === null) return 'index';
  if (isLeaf) return 'indicator';
  if (ctx.serviceIds.has(node.id)) return 'service';
  const last = node.id.split('.').pop() ?? node.id;
  if (ctx.stageIds.has(node.id) || ctx.stageIds.has(last)) return 'stage';
  return 'group';
}
