// TEMPORARY: the register core's functions (lib/register, branch reg-core) until it is merged; then this file
// re-exports "@/lib/register" and the stub goes.
export { readRegisterFile, readPastedRegister, proposeMapping, tallyRegister, diffTallies, registerTemplate } from "./register-lib-stub";
