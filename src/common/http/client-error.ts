import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '../errors/app-error';
import { toProblem } from '../errors/problem';

/** Node's HTTP parser errors (before any route runs) and what the client is told. */
function errorOf(code: string | undefined): AppError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new AppError(
        'headers_too_large',
        'The request line and headers are larger than 16 KiB: send long input in a POST body.',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new AppError('request_timeout', 'The request was not received in time.');
    default:
      return new AppError(
        'malformed_request',
        'The request is not valid HTTP/1.1 (request line, header or chunk encoding); percent-encode non-ASCII characters in the URL.',
      );
  }
}

/**
 * Requests Node's HTTP parser refuses (a URL or headers over the size limit, raw non-ASCII in
 * the request line, bad chunking) never reach Express: Node answers them with a bare status
 * line. Answer them as RFC 9457 problems like every other error, then close the connection.
 */
export function problemOnClientError(server: Server): void {
  server.on('clientError', (err: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex) => {
    // As Node's own handler: answer only when no response is being written on this socket.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const problem = errorOf(err.code);
    const requestId = randomUUID();
    const body = JSON.stringify({ ...toProblem(problem), requestId });
    // An answer to HEAD has no body (the client would read it as the next response).
    const head = err.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Cache-Control: no-store\r\n' +
        `x-request-id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        (head ? '' : body),
    );
    socket.destroy();
  });
}
