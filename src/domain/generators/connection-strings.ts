/**
 * Connection strings in the generated C#: read by the name the plan gives them
 * (`plan.connectionStrings`), with `IConfiguration.GetConnectionString(name)`, i.e. the
 * configuration key `ConnectionStrings:<name>` (Microsoft.Extensions.Configuration
 * ConfigurationExtensions); or, when the plan names none, a placeholder to replace.
 */
import type { CsNode } from './formats/csharp';
import { csString } from './formats/escape';
import { placeholders } from './options';

export interface ConnectionStringRead {
	/** Statements to put before the use (empty for a placeholder). */
	readonly statements: readonly CsNode[];
	/** The C# expression that holds the connection string. */
	readonly expression: string;
	readonly usings: readonly string[];
	/** Whether the plan named it (no "replace the placeholder" note needed). */
	readonly named: boolean;
}

/** How the composer gets a connection string: `name` from the plan, read into `variable`. */
export function connectionStringRead(name: string | undefined, variable: string): ConnectionStringRead {
	if (name === undefined) return { statements: [], expression: csString(placeholders.connectionString), usings: [], named: false };
	return {
		statements: [`var ${variable} = builder.Config.GetConnectionString(${csString(name)}) ?? throw new InvalidOperationException(${csString(`ConnectionStrings:${name} is not set.`)});`],
		expression: variable,
		usings: ['System', 'Microsoft.Extensions.Configuration'],
		named: true,
	};
}
