import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '../errors/app-error';
import { toProblem } from '../errors/problem';

/**
 * Requests Node's HTTP parser refuses before any route sees them (a raw non-ASCII character in
 * the URL, such as a pasted `…`; a malformed header) get an RFC 9457 problem, like every other
 * refusal, instead of Node's bare `400` without a body. Timeouts and oversized headers keep
 * Node's answers (408, 431).
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
      return;
    }
    if (err.code === 'HPE_HEADER_OVERFLOW') {
      socket.end('HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
      return;
    }
    const requestId = randomUUID();
    const problem = {
      ...toProblem(
        new AppError(
          'validation_failed',
          'The request is not valid HTTP: the URL or a header holds a character HTTP does not allow. Percent-encode anything outside ASCII (… is %E2%80%A6) and send cursors exactly as received.',
        ),
      ),
      requestId,
    };
    const body = JSON.stringify(problem);
    socket.end(
      [
        'HTTP/1.1 400 Bad Request',
        'Content-Type: application/problem+json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `x-request-id: ${requestId}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
