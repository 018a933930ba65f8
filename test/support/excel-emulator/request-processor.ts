/**
 * Answers one request of the client library, as Excel's host does at
 * OSF.DDA.RichApi.executeRichApiRequestAsync: message[4] is the JSON body { Actions, ObjectPaths }
 * (object paths: 1 global object, 3 method, 4 property, 5 indexer, 6 kept reference; actions:
 * 1 instantiate, 2 query, 3 method, 4 set property). Actions run in order; the first that fails
 * stops the request and its error is returned with the results so far, and what ran before it
 * stays done (Excel does not roll a batch back). The web profile refuses a request or a response
 * above its payload limit, measured on the serialised message; cell edit mode refuses every request.
 */
import { EmulatorError, HOST_FAILURE, NotEmulatedError } from "./errors";
import { EmCollection, EmObject } from "./objects/em-object";
import { WorkbookObject } from "./objects/workbook-object";
import type { EmulatorSession } from "./session";
import { utf8Bytes } from "./wire-library";

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

interface RequestBody {
  Actions?: ActionInfo[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

export type HostAnswer =
  | { status: "succeeded"; value: { data: [number, Record<string, string>, string] } }
  | { status: "failed"; error: { code: number; message: string } };

/** "GetActiveWorksheet" → "getActiveWorksheet"; private names ("_KeepReference") stay. */
const camel = (name: string): string =>
  name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string =>
  name.startsWith("_") ? name : name.charAt(0).toUpperCase() + name.slice(1);

type Resolved = EmObject | null;

export function answerRequest(session: EmulatorSession, message: unknown[]): HostAnswer {
  const state = session.state;
  const counters = state.counters;
  const bodyText = typeof message[4] === "string" ? message[4] : "";
  const requestBytes = utf8Bytes(bodyText);
  counters.syncs++;
  counters.requestBytes.push(requestBytes);
  counters.requestActions.push(actionNames(bodyText));
  const started = performance.now();
  try {
    if (state.cellEditMode || state.cellEditModeAtSyncs.includes(counters.syncs))
      return failed(
        HOST_FAILURE.invalidApiCallInContext,
        "The API call is invalid in this context."
      );
    if (requestBytes > state.profile.requestLimitBytes)
      return failed(
        HOST_FAILURE.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${requestBytes} bytes).`
      );
    const body = JSON.parse(bodyText) as RequestBody;
    const response = new RequestRun(session, body).run();
    const responseText = JSON.stringify(response);
    const responseBytes = utf8Bytes(responseText);
    counters.responseBytes.push(responseBytes);
    if (responseBytes > state.profile.responseLimitBytes)
      return failed(
        HOST_FAILURE.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit (${responseBytes} bytes).`
      );
    return { status: "succeeded", value: { data: [200, {}, responseText] } };
  } finally {
    counters.hostMs.push(performance.now() - started);
  }
}

/** The names of a request's actions, for the request log (a query is "Query", a set "Name="). */
function actionNames(bodyText: string): string[] {
  try {
    const body = JSON.parse(bodyText) as RequestBody;
    return (body.Actions ?? []).map((action) =>
      action.ActionType === 1
        ? "Instantiate"
        : action.ActionType === 2
          ? "Query"
          : action.ActionType === 4
            ? `${action.Name}=`
            : action.Name
    );
  } catch {
    return ["(unreadable)"];
  }
}

function failed(code: number, message: string): HostAnswer {
  return { status: "failed", error: { code, message } };
}

class RequestRun {
  private readonly resolved = new Map<number, Resolved>();
  private readonly paths: Record<string, ObjectPathInfo>;

  constructor(
    private readonly session: EmulatorSession,
    private readonly body: RequestBody
  ) {
    this.paths = body.ObjectPaths ?? {};
  }

  run(): { Results: { ActionId: number; Value?: unknown }[]; Error?: unknown } {
    const results: { ActionId: number; Value?: unknown }[] = [];
    for (const action of this.body.Actions ?? []) {
      try {
        const value = this.runAction(action);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        if (error instanceof NotEmulatedError) this.session.notEmulated.push(error.message);
        const code =
          error instanceof EmulatorError
            ? error.code
            : error instanceof NotEmulatedError
              ? "NotEmulated"
              : "GeneralException";
        const message = error instanceof Error ? error.message : String(error);
        return {
          Results: results,
          Error: {
            Code: code,
            Message: message,
            Location: this.location(action),
            HttpStatusCode: 400,
          },
        };
      }
    }
    return { Results: results };
  }

  private location(action: ActionInfo): string {
    const path = this.paths[String(action.ObjectPathId)];
    return `${path?.Name ?? "?"}${action.Name === "" ? "" : `.${action.Name}`}`;
  }

  private runAction(action: ActionInfo): unknown {
    switch (action.ActionType) {
      case 1: {
        const object = this.resolve(action.ObjectPathId);
        return object === null ? null : object.identity();
      }
      case 2: {
        const object = this.resolve(action.ObjectPathId);
        return object === null ? null : this.query(object, action.QueryInfo ?? {});
      }
      case 3: {
        // The library keeps a reference to every range it returns, null ones included.
        if (action.Name === "_KeepReference" && this.resolve(action.ObjectPathId) === null)
          return undefined;
        const object = this.mustResolve(action.ObjectPathId);
        const result = object.call(camel(action.Name), this.args(action.ArgumentInfo));
        if (result instanceof EmObject)
          throw new NotEmulatedError(`method action ${action.Name} returning an object`);
        return result === undefined ? undefined : result;
      }
      case 4: {
        const object = this.mustResolve(action.ObjectPathId);
        const args = this.args(action.ArgumentInfo);
        object.set(camel(action.Name), args[0]);
        return undefined;
      }
      default:
        throw new NotEmulatedError(`action type ${action.ActionType} (${action.Name})`);
    }
  }

  private args(info: ActionInfo["ArgumentInfo"]): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, index) => {
      if (id !== 0) args[index] = this.mustResolve(id);
    });
    return args;
  }

  private mustResolve(id: number): EmObject {
    const object = this.resolve(id);
    if (object === null)
      throw new EmulatorError("ItemNotFound", "The operation was attempted on a null object.");
    return object;
  }

  private resolve(id: number): Resolved {
    if (this.resolved.has(id)) return this.resolved.get(id) ?? null;
    const path = this.paths[String(id)];
    if (path === undefined)
      throw new NotEmulatedError(`object path ${id} missing from the request`);
    const object = this.resolvePath(path);
    this.resolved.set(id, object);
    return object;
  }

  private parentOf(path: ObjectPathInfo): Resolved {
    if (path.ParentObjectPathId === undefined)
      throw new NotEmulatedError(`object path ${path.Id} without a parent`);
    return this.resolve(path.ParentObjectPathId);
  }

  private resolvePath(path: ObjectPathInfo): Resolved {
    switch (path.ObjectPathType) {
      case 1:
        return new WorkbookObject(this.session);
      case 3: {
        const parent = this.parentOf(path);
        if (parent === null) return null;
        const result = parent.call(camel(path.Name), this.args(path.ArgumentInfo));
        if (result !== null && !(result instanceof EmObject))
          throw new NotEmulatedError(`${parent.typeName}.${path.Name} as an object path`);
        return result;
      }
      case 4: {
        const parent = this.parentOf(path);
        return parent === null ? null : parent.navigate(camel(path.Name));
      }
      case 5: {
        const parent = this.parentOf(path);
        if (parent === null) return null;
        if (!(parent instanceof EmCollection))
          throw new NotEmulatedError(`indexer on ${parent.typeName}`);
        return parent.index(path.ArgumentInfo?.Arguments ?? []);
      }
      case 6:
        return this.session.referenced(path.Name);
      default:
        throw new NotEmulatedError(`object path type ${path.ObjectPathType}`);
    }
  }

  private query(object: EmObject, info: NonNullable<ActionInfo["QueryInfo"]>): unknown {
    const known = ["Select", "Expand", "Top", "Skip"];
    for (const key of Object.keys(info))
      if (!known.includes(key)) throw new NotEmulatedError(`query option ${key}`);
    if (info.Expand !== undefined && info.Expand.length > 0)
      throw new NotEmulatedError(`query with Expand ${info.Expand.join(",")}`);
    if (object instanceof EmCollection) {
      let items = object.items();
      if (info.Skip !== undefined) items = items.slice(info.Skip);
      if (info.Top !== undefined) items = items.slice(0, info.Top);
      return { _Items: items.map((item) => this.queryObject(item, info.Select)) };
    }
    return this.queryObject(object, info.Select);
  }

  private queryObject(object: EmObject, select: string[] | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = { ...object.identity() };
    for (const path of select ?? object.defaultSelect()) this.assign(out, object, path.split("/"));
    return out;
  }

  private assign(out: Record<string, unknown>, object: EmObject, parts: string[]): void {
    const [head, ...rest] = parts;
    if (head === undefined || head === "") return;
    const key = pascal(head);
    if (rest.length === 0 && !object.hasNavigation(head)) {
      out[key] = object.get(head);
      return;
    }
    const child = object.navigate(head);
    if (child === null) {
      out[key] = null;
      return;
    }
    if (child instanceof EmCollection) throw new NotEmulatedError(`loading ${head} inside a query`);
    if (rest.length === 0) {
      out[key] = this.queryObject(child, undefined);
      return;
    }
    const nested = (out[key] as Record<string, unknown> | undefined) ?? { ...child.identity() };
    out[key] = nested;
    this.assign(nested, child, rest);
  }
}
