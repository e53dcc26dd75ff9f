declare namespace App {
	interface Locals {
		/** Source ids a lesson cites, in order of first use; set by the lesson page, read by <Cite>. */
		citations?: readonly string[];
	}
}
