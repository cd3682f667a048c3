export { EmbeddedEngine } from "./engine";
