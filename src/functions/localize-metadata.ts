/**
 * Builds the Italian custom-functions metadata from the English one (generated from the JSDoc)
 * and the Italian texts: same functions, ids, names, parameters, types and options; Italian
 * descriptions and parameter names. Pure: the build step and the tests both call it.
 */
import type { FunctionTextIt } from "./descriptions.it";

/** The parts of functions.json this step reads; every other property is copied unchanged. */
export interface MetadataParameter {
  readonly name: string;
  readonly description?: string;
  readonly [property: string]: unknown;
}
export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly MetadataParameter[];
  readonly [property: string]: unknown;
}
export interface FunctionsMetadata {
  readonly functions: readonly MetadataFunction[];
  readonly [property: string]: unknown;
}

export interface LocalizedMetadata {
  readonly metadata: FunctionsMetadata;
  /** Every function or parameter without an Italian text, and every Italian text that matches nothing. */
  readonly problems: readonly string[];
}

export function localizeMetadata(
  english: FunctionsMetadata,
  texts: Readonly<Record<string, FunctionTextIt>>
): LocalizedMetadata {
  const problems: string[] = [];
  const functions = english.functions.map((fn): MetadataFunction => {
    const text = Object.prototype.hasOwnProperty.call(texts, fn.id) ? texts[fn.id] : undefined;
    if (text === undefined) {
      problems.push(`${fn.id}: no Italian text in descriptions.it.ts`);
      return fn;
    }
    const parameters = fn.parameters.map((parameter): MetadataParameter => {
      const parameterText = Object.prototype.hasOwnProperty.call(text.parameters, parameter.name)
        ? text.parameters[parameter.name]
        : undefined;
      if (parameterText === undefined) {
        problems.push(`${fn.id}(${parameter.name}): no Italian text in descriptions.it.ts`);
        return parameter;
      }
      return { ...parameter, name: parameterText.name, description: parameterText.description };
    });
    const known = new Set(fn.parameters.map((parameter) => parameter.name));
    for (const name of Object.keys(text.parameters)) {
      if (!known.has(name))
        problems.push(`${fn.id}(${name}): Italian text for a parameter the function does not have`);
    }
    return { ...fn, description: text.description, parameters };
  });
  const ids = new Set(english.functions.map((fn) => fn.id));
  for (const id of Object.keys(texts)) {
    if (!ids.has(id)) problems.push(`${id}: Italian text for a function that does not exist`);
  }
  return { metadata: { ...english, functions }, problems };
}
