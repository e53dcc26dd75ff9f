/**
 * What a laid-out topology diagram is made of: positioned boxes and edge polylines in
 * absolute diagram coordinates (origin top-left, y down). Plain JSON, so a worker can post
 * it and components can render it without knowing ELK.
 */

/** What a box stands for; drives its size and its style. */
export type BoxKind =
	| 'visitors'
	| 'load-balancer'
	| 'server'
	| 'group'
	| 'database'
	| 'storage'
	| 'cache'
	| 'signalr'
	| 'keys';

/** The text a box shows: its kind, a main label and an optional second line. */
export interface BoxInfo {
	readonly kind: BoxKind;
	readonly label: string;
	readonly sublabel?: string;
}

/** One positioned box; `x`/`y` are absolute, `parent` is the id of an enclosing group. */
export interface LayoutBox extends BoxInfo {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly parent?: string;
}

/** A point in diagram coordinates. */
export interface LayoutPoint {
	readonly x: number;
	readonly y: number;
}

/** One routed edge from box `from` to box `to`: a polyline, first point on `from`'s border. */
export interface LayoutEdge {
	readonly id: string;
	readonly from: string;
	readonly to: string;
	readonly points: readonly LayoutPoint[];
	readonly label?: string;
}

/** A whole laid-out diagram; boxes are listed parents first, in a stable order. */
export interface LayoutResult {
	readonly width: number;
	readonly height: number;
	readonly boxes: readonly LayoutBox[];
	readonly edges: readonly LayoutEdge[];
}
