// Lower scrypt's work factor for tests only (see auth/password.ts): the suites
// sign in hundreds of times; the hashing code path is the production one.
import { setPasswordHashCost } from "./src/auth/password";

setPasswordHashCost({ logN: 10, r: 8, p: 1 });
