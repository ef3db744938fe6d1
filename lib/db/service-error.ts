// What a service function refuses with: the HTTP status a route answers and one Chinese sentence for the user.
// Routes turn it into `{ error, ...extra }`; the CLI prints the message.
export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = "这份报送") => new ServiceError(404, `找不到${what}，或者您无权查看。`);
export const forbidden = (why: string) => new ServiceError(403, why);
