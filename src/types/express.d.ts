import type { Principal } from '../common/auth/principal';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}
