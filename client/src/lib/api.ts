import { type ApiError, ERROR_CODES, type ErrorCode } from "@oppdag/shared";

/**
 * What went wrong with a request: one of the server's error codes, `network` when the server could
 * not be reached, `unknown` when the answer named no code we know (a proxy's error page).
 */
export type FailureCode = ErrorCode | "network" | "unknown";

export function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

/** An API failure with the server's machine-readable code and human message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
  }
}

/** The server's JSON error as an ApiFailure (or the status text if the body is not JSON). */
async function failureOf(res: Response): Promise<ApiFailure> {
  const body = (await res.json().catch(() => null)) as Partial<ApiError> | null;
  const message = typeof body?.message === "string" ? body.message : res.statusText;
  return new ApiFailure(res.status, isErrorCode(body?.error) ? body.error : "unknown", message);
}

export async function apiRequest<T>(
  method: string,
  path: string,
  options: { body?: unknown; token?: string } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiFailure(0, "network", "network");
  }
  if (!res.ok) throw await failureOf(res);
  return (await res.json()) as T;
}

/** A request whose success has no body (204), such as deleting or erasing. */
export async function apiRequestNoContent(method: string, path: string, token: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiFailure(0, "network", "network");
  }
  if (!res.ok) throw await failureOf(res);
}

/** Fetches a file from an authenticated endpoint, with the name the server gave it. */
export async function fetchExport(
  path: string,
  token: string,
): Promise<{ blob: Blob; fileName: string; text(): Promise<string> }> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiFailure(0, "network", "network");
  }
  if (!res.ok) throw await failureOf(res);
  const disposition = res.headers.get("content-disposition") ?? "";
  const utf8 = disposition.match(/filename\*=UTF-8''([^;]+)/);
  const fileName = utf8?.[1] ? decodeURIComponent(utf8[1]) : (path.split("/").pop() ?? "export");
  const blob = await res.blob();
  return { blob, fileName, text: () => blob.text() };
}

/** Downloads a file from an authenticated endpoint (a plain link could not send the token). */
export async function downloadFile(path: string, token: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await fetchExport(path, token);
  saveBlob(blob, fileName || fallbackName);
}

/** Hands a blob to the browser as a download with the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
