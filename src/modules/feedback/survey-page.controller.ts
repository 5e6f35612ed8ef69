import {
  ArgumentsHost,
  Body,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  Head,
  HttpCode,
  Logger,
  Param,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiConsumes,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { SurveyFormInput } from './dto/survey-form.input';
import { renderSurveyError, renderSurveyPage, SURVEY_PAGE_HEADERS } from './survey-page';
import { pageLanguage, SurveyPageErrorKind } from './survey-page.i18n';
import { SurveyLinkError, SurveysService } from './surveys.service';

/**
 * Link scanners and browsers that fetch a page ahead of the user say so: `HEAD` never records,
 * and neither does a GET announcing a prefetch or preview (`Sec-Purpose`/`Purpose: prefetch`,
 * `X-Purpose: preview`, `X-Moz: prefetch`); those get the question with its buttons instead.
 * A scanner that GETs links silently records a score like a click would; the customer's own
 * later click (or a button on the page) overwrites it: the last answer counts, never two.
 */
function isPrefetch(req: Request): boolean {
  const says = (h: string, word: RegExp) => word.test(String(req.headers[h] ?? ''));
  return (
    says('sec-purpose', /prefetch|prerender/i) ||
    says('purpose', /prefetch|preview/i) ||
    says('x-purpose', /preview|prefetch/i) ||
    says('x-moz', /prefetch/i)
  );
}

function send(res: Response, status: number, html: string): void {
  res.status(status).set(SURVEY_PAGE_HEADERS).send(html);
}

const PROBLEM_STATUS: Record<SurveyLinkError['problem'], number> = {
  forged: 404,
  expired: 410,
  revoked: 410,
  closed: 410,
};

/** Everything that goes wrong under `/s/` is an HTML page in the visitor's language, never JSON. */
@Catch()
export class SurveyPageFilter implements ExceptionFilter {
  private readonly logger = new Logger('SurveyPage');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    let status: number;
    let kind: SurveyPageErrorKind;
    if (exception instanceof SurveyLinkError) {
      status = PROBLEM_STATUS[exception.problem];
      kind = exception.problem;
    } else if (exception instanceof AppError && exception.status < 500) {
      status = exception.status;
      kind = exception.code === 'rate_limited' ? 'rateLimited' : 'invalid';
      if (exception.headers) res.set(exception.headers);
    } else {
      this.logger.error({ err: exception, requestId: req.id }, 'survey page failed');
      status = 500;
      kind = 'failed';
    }
    const html = renderSurveyError(pageLanguage(null, req.headers['accept-language']), kind);
    send(res, status, req.method === 'HEAD' ? '' : html);
  }
}

/** Survey pages are HTML, with the page headers (SURVEY_PAGE_HEADERS) on every answer. */
const page = (status: number, description: string) => ({
  status,
  description,
  content: { 'text/html': { schema: { type: 'string' as const, maxLength: 65536 } } },
  headers: {
    'X-Robots-Tag': {
      description: 'Survey pages are never indexed.',
      schema: { type: 'string' as const, enum: ['noindex, nofollow'] },
    },
  },
});

@ApiTags('Surveys (public)')
@ApiParam({
  name: 'token',
  description: 'The signed token of a survey link (72 base64url characters).',
  schema: { type: 'string', maxLength: 72 },
})
@Controller('s')
@UseFilters(SurveyPageFilter)
export class SurveyPageController {
  constructor(private readonly surveys: SurveysService) {}

  @Head(':token')
  @Public()
  @ApiOperation({
    operationId: 'checkSurveyLink',
    summary: 'Check a survey link without answering',
    description: 'What link scanners do: never records a score.',
  })
  @ApiResponse(page(200, 'The link works (no body).'))
  @ApiResponse(page(404, 'Forged link (no body).'))
  @ApiResponse(page(410, 'Expired or revoked link (no body).'))
  async check(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.surveys.answer(token, { record: false });
    send(res, 200, '');
  }

  @Get(':token')
  @Public()
  @ApiOperation({
    operationId: 'openSurveyLink',
    summary: 'Answer a survey with one click',
    description:
      "Public, no credential. Records the link's score (or changes the previous answer: one response per survey) and answers a small HTML page in the customer's language: thanks, the score with buttons to change it, an optional comment box. A prefetch (`Sec-Purpose: prefetch`, `Purpose: prefetch`) or `HEAD` records nothing; the page then asks for one click. Forged links get an HTML 404, expired or revoked links an HTML 410.",
  })
  @ApiProduces('text/html')
  @ApiResponse(page(200, 'The thank-you page.'))
  @ApiResponse(page(404, 'Forged link.'))
  @ApiResponse(page(410, 'Expired or revoked link.'))
  async open(
    @Param('token') token: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const record = !isPrefetch(req);
    const answer = await this.surveys.answer(token, { record });
    const lang = pageLanguage(answer.locale, req.headers['accept-language']);
    send(
      res,
      200,
      renderSurveyPage({ lang, token, ...answer, score: record ? answer.score : null }),
    );
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'answerSurvey',
    summary: "The survey page's forms: change the score, add a comment",
    description:
      'Posted by the HTML page (`application/x-www-form-urlencoded`); answers the page again.',
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiProduces('text/html')
  @ApiResponse(page(200, 'The thank-you page.'))
  @ApiResponse(page(404, 'Forged link.'))
  @ApiResponse(page(410, 'Expired or revoked link.'))
  async submit(
    @Param('token') token: string,
    @Body() form: SurveyFormInput,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const answer = await this.surveys.answer(token, {
      record: true,
      score: form.score,
      comment: form.comment,
    });
    const lang = pageLanguage(answer.locale, req.headers['accept-language']);
    const notice = form.comment !== undefined ? 'comment' : 'score';
    send(res, 200, renderSurveyPage({ lang, token, ...answer, notice }));
  }
}
