// Lower scrypt's work factor for tests only (the run seeds the demo accounts and
// signs in for its statistics): the hashing code path is the production one.
import { setPasswordHashCost } from "@sc/api";

setPasswordHashCost({ logN: 10, r: 8, p: 1 });
