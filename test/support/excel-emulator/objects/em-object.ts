/**
 * The emulated side of a client-library proxy: what one object path resolves to. Each object
 * declares the properties a query can read, the ones a request can set, its navigation properties
 * and its methods (camelCase, as the client library's QueryInfo.Select names them); anything else
 * a request names is not emulated and fails loudly.
 */
import type { EmulatorSession } from "../session";
import { NotEmulatedError } from "../errors";

export type Getter = () => unknown;
export type Setter = (value: unknown) => void;
/** A method: returns a scalar (a ClientResult's value), an object (for an object path), or nothing. */
export type Method = (args: readonly unknown[]) => unknown;

export abstract class EmObject {
  abstract readonly typeName: string;
  /** Set when the library asked Excel to keep this object (_KeepReference): later requests name it. */
  private referenceId: string | null = null;

  constructor(readonly session: EmulatorSession) {}

  /** Scalar properties a query reads. */
  protected getters(): Record<string, Getter> {
    return {};
  }
  protected setters(): Record<string, Setter> {
    return {};
  }
  protected navigations(): Record<string, () => EmObject | null> {
    return {};
  }
  protected methods(): Record<string, Method> {
    return {};
  }
  /** Properties a query without Select returns (Excel returns the scalar ones). */
  defaultSelect(): string[] {
    return Object.keys(this.getters());
  }

  /** The keys the client library re-addresses the object by (an id, for objects that have one). */
  protected keys(): Record<string, unknown> {
    return {};
  }

  /** What the instantiate action answers: its keys, and its reference id once kept. */
  identity(): Record<string, unknown> {
    return this.referenceId === null
      ? this.keys()
      : { ...this.keys(), _ReferenceId: this.referenceId };
  }

  get(property: string): unknown {
    const getter = this.getters()[property];
    if (getter === undefined) throw new NotEmulatedError(`reading ${this.typeName}.${property}`);
    return getter();
  }

  set(property: string, value: unknown): void {
    const setter = this.setters()[property];
    if (setter === undefined) throw new NotEmulatedError(`setting ${this.typeName}.${property}`);
    setter(value);
  }

  navigate(property: string): EmObject | null {
    const navigation = this.navigations()[property];
    if (navigation === undefined)
      throw new NotEmulatedError(`navigating ${this.typeName}.${property}`);
    return navigation();
  }

  call(method: string, args: readonly unknown[]): unknown {
    if (method === "_KeepReference") {
      this.referenceId ??= this.session.keep(this);
      return undefined;
    }
    const fn = this.methods()[method];
    if (fn === undefined) throw new NotEmulatedError(`calling ${this.typeName}.${method}()`);
    return fn(args);
  }

  hasNavigation(property: string): boolean {
    return property in this.navigations();
  }
}

/** A collection: a query returns its items ({ _Items: [...] }). */
export abstract class EmCollection extends EmObject {
  abstract items(): EmObject[];
  /** The indexer (collection.getItem(key) in the library's object paths). */
  index(args: readonly unknown[]): EmObject | null {
    throw new NotEmulatedError(`${this.typeName}[${JSON.stringify(args)}]`);
  }
}

export function stringArg(args: readonly unknown[], index: number, what: string): string {
  const value = args[index];
  if (typeof value !== "string") throw new NotEmulatedError(`${what} without a text argument`);
  return value;
}

export function optionalBoolean(args: readonly unknown[], index: number): boolean {
  const value = args[index];
  return value === true;
}
