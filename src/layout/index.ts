/**
 * Topology diagrams: plan → ELK graph → positioned boxes and edges → standalone SVG.
 * Importing this module does not load ELK; the first `layoutPlan` call does.
 */
export { describeTopology } from './describe-topology';
export { getElk, isElkRequested, loadBundledElk, setElkLoader, type ElkLoader } from './elk-engine';
export { fromElkGraph, type LaidOutGraph } from './from-elk-graph';
export { layoutPlan } from './layout-plan';
export { QUICK_MAX_WIDTH, quickLayout } from './quick-layout';
export { layoutStatechart, layoutStatecharts } from './statechart-layout';
export type { StatechartBox, StatechartEdge, StatechartInitialMarker, StatechartInput, StatechartKind, StatechartLayout } from './statechart-types';
export { renderDiagramSvg, type DiagramSvgOptions } from './svg';
export { escapeXml } from './svg-text';
export { nodeIds, resourcesOf, serverNodeId, toElkGraph, type DiagramElkGraph, type DiagramElkNode } from './to-elk-graph';
export type { BoxInfo, BoxKind, LayoutBox, LayoutEdge, LayoutPoint, LayoutResult } from './types';
